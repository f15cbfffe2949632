package dev.portcullis.application.discovery;

/** The server's capabilities, for discovery. */
public interface GetServerMetadataUseCase {

    ServerMetadata get();
}
