package org.wegweiser.upload;

/** An accepted picture, re-encoded on the server: {@code png} holds only pixels, nothing of the original file. */
public record UploadedImage(byte[] png, int width, int height, String mediaType) {
}
