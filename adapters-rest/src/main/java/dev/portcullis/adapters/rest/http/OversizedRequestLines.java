package dev.portcullis.adapters.rest.http;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * A request line or headers longer than the server reads ({@code micronaut.server.netty.max-initial-line-length},
 * {@code max-header-size}) fail in Netty's decoder, before any route is known, and the framework answers them 413
 * "Request Entity Too Large", which is about bodies. This answers 414 URI Too Long and 431 Request Header Fields Too
 * Large instead (RFC 9110 §15.5.15, RFC 6585 §5), as RFC 6749 error JSON, and closes the connection: what follows on
 * it cannot be trusted to start a new request.
 */
@Singleton
final class OversizedRequestLines implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final String HANDLER = "portcullis-oversized-request-lines";

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new PerChannel(null));
        return event.getBean();
    }

    private record PerChannel(Channel channel) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new PerChannel(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                    && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER, new Refuser());
            }
        }
    }

    private static final class Refuser extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof HttpObject http && http.decoderResult().isFailure()) {
                Throwable cause = http.decoderResult().cause();
                if (cause instanceof TooLongHttpLineException) {
                    refuse(context, message, HttpResponseStatus.REQUEST_URI_TOO_LONG, "the request URI is too long");
                    return;
                }
                if (cause instanceof TooLongHttpHeaderException) {
                    refuse(context, message, HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "the request headers are too large");
                    return;
                }
            }
            context.fireChannelRead(message);
        }

        private static void refuse(ChannelHandlerContext context, Object message, HttpResponseStatus status, String description) {
            ReferenceCountUtil.release(message);
            byte[] body = ("{\"error\":\"invalid_request\",\"error_description\":\"" + description + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            response.headers().set(HttpHeaderNames.CONNECTION, "close");
            context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
