package dev.portcullis.bootstrap

import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors

/**
 * A loopback TCP relay to {@code host:port} that a spec can cut (every open connection closed, new ones refused at
 * once) and restore, to play a database outage without touching the database.
 */
class TcpRelay implements Closeable {

    private final String host
    private final int targetPort
    private final ServerSocket listener
    private final ExecutorService threads = Executors.newCachedThreadPool { Runnable r ->
        def thread = new Thread(r, 'tcp-relay')
        thread.daemon = true
        thread
    }
    private final List<Socket> open = new CopyOnWriteArrayList<>()
    private volatile boolean cut

    TcpRelay(String host, int port) {
        this.host = host
        this.targetPort = port
        this.listener = new ServerSocket(0, 50, InetAddress.loopbackAddress)
        threads.submit { accept() }
    }

    int getPort() {
        listener.localPort
    }

    /** Closes every relayed connection; new ones are closed as soon as they are accepted. */
    void cut() {
        cut = true
        open.each { it.close() }
        open.clear()
    }

    void restore() {
        cut = false
    }

    private void accept() {
        while (!listener.closed) {
            Socket client
            try {
                client = listener.accept()
            } catch (IOException ignored) {
                return
            }
            if (cut) {
                client.close()
                continue
            }
            threads.submit {
                try {
                    def server = new Socket(host, targetPort)
                    open << client
                    open << server
                    threads.submit { pipe(client, server) }
                    pipe(server, client)
                } catch (IOException ignored) {
                    client.close()
                }
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.inputStream.transferTo(to.outputStream)
        } catch (IOException ignored) {
        } finally {
            from.close()
            to.close()
        }
    }

    void close() {
        listener.close()
        cut()
        threads.shutdownNow()
    }
}
