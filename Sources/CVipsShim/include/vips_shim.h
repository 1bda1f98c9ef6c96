#ifndef SITEGEN_VIPS_SHIM_H
#define SITEGEN_VIPS_SHIM_H

// What sitegen asks of libvips, in plain C types: Swift cannot call libvips' variadic functions
// (vips_image_new_from_file, vips_thumbnail_buffer, vips_image_write_to_buffer), and this header
// keeps glib's out of Swift.

#include <stddef.h>

/// Starts libvips once per process (pthread_once): 0 when it is ready, -1 when it could not start.
int sitegen_vips_start(void);

/// The libvips version the binary runs with, like "8.14.1" (part of the image cache's key).
const char *sitegen_vips_version(void);

typedef struct {
    int width;
    int height;
    /// Frames (an animated GIF or WebP has more than one).
    int pages;
    /// The file's format as libvips found it from its bytes: "png", "jpeg", "gif", "webp", or
    /// another libvips knows ("tiff", "svg"...).
    char format[16];
} sitegen_image_header;

enum {
    SITEGEN_IMAGE_OK = 0,
    /// libvips knows no format with these bytes.
    SITEGEN_IMAGE_UNKNOWN_FORMAT = 1,
    /// A known format whose header could not be read (a damaged or cut-off file).
    SITEGEN_IMAGE_UNREADABLE = 2,
    /// libvips did not start.
    SITEGEN_IMAGE_NO_LIBRARY = 3,
};

/// Reads the size of the image at `path` from its header only: libvips opens files lazily, so no
/// pixel is decoded. The size is the one shown, after the EXIF orientation a browser applies.
int sitegen_image_read_header(const char *path, sitegen_image_header *header);

/// A copy of the image in `bytes` `width` pixels wide (the height follows), encoded as `format`
/// ("png", "jpeg" or "webp") without metadata, into `*output` (free with sitegen_image_free).
/// Returns 0, or -1 with libvips' message in `message` (at most `message_size` bytes).
int sitegen_image_resize(const void *bytes, size_t length, int width, const char *format,
                         void **output, size_t *output_length, char *message, size_t message_size);

void sitegen_image_free(void *buffer);

/// The SHA-256 of `bytes` in lower-case hex (glib's, which libvips brings): 64 characters and a NUL.
void sitegen_sha256_hex(const void *bytes, size_t length, char hex[65]);

#endif
