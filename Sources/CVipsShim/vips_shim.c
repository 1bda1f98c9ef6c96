#include "vips_shim.h"

#include <pthread.h>
#include <string.h>
#include <vips/vips.h>

static pthread_once_t start_once = PTHREAD_ONCE_INIT;
static int start_result = -1;

/// libvips' warnings ("not enough data") would go to standard error in the middle of sitegen's
/// output; sitegen reports the file itself, at the line that shows it.
static void drop_message(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

static void start_vips(void) {
    if (VIPS_INIT("sitegen") != 0) return;
    g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO, drop_message, NULL);
    // No operation cache: it keys a file's header by its name, so an image edited while
    // `sitegen serve` runs would keep its old size; and sitegen never repeats an operation.
    vips_cache_set_max(0);
    start_result = 0;
}

int sitegen_vips_start(void) {
    pthread_once(&start_once, start_vips);
    return start_result;
}

const char *sitegen_vips_version(void) {
    return vips_version_string();
}

/// "pngload" -> "png", "jpegload_source" -> "jpeg".
static void format_of_loader(const char *loader, char *format, size_t size) {
    size_t length = 0;
    const char *end = strstr(loader, "load");
    length = end ? (size_t)(end - loader) : strlen(loader);
    if (length >= size) length = size - 1;
    memcpy(format, loader, length);
    format[length] = '\0';
}

int sitegen_image_read_header(const char *path, sitegen_image_header *header) {
    memset(header, 0, sizeof *header);
    if (sitegen_vips_start() != 0) return SITEGEN_IMAGE_NO_LIBRARY;
    // Lazy: this reads the header; pixels would be decoded only when asked for.
    VipsImage *image = vips_image_new_from_file(path, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
    if (!image) {
        // Known bytes that did not open are a damaged file; unknown ones are no image.
        int known = vips_foreign_find_load(path) != NULL;
        vips_error_clear();
        return known ? SITEGEN_IMAGE_UNREADABLE : SITEGEN_IMAGE_UNKNOWN_FORMAT;
    }
    // The loader that opened it ("pngload"), which libvips records on the image.
    const char *loader = NULL;
    if (vips_image_get_typeof(image, "vips-loader") && vips_image_get_string(image, "vips-loader", &loader) == 0 && loader) {
        format_of_loader(loader, header->format, sizeof header->format);
    }
    int swap = vips_image_get_orientation_swap(image);
    header->width = swap ? vips_image_get_height(image) : vips_image_get_width(image);
    header->height = swap ? vips_image_get_width(image) : vips_image_get_height(image);
    header->pages = vips_image_get_n_pages(image);
    g_object_unref(image);
    return SITEGEN_IMAGE_OK;
}

static void take_message(char *message, size_t size) {
    char *text = vips_error_buffer_copy();
    if (size > 0) {
        strncpy(message, text ? text : "", size - 1);
        message[size - 1] = '\0';
    }
    g_free(text);
}

int sitegen_image_resize(const void *bytes, size_t length, int width, const char *format,
                         void **output, size_t *output_length, char *message, size_t message_size) {
    *output = NULL;
    *output_length = 0;
    if (message_size > 0) message[0] = '\0';
    if (sitegen_vips_start() != 0) {
        take_message(message, message_size);
        return -1;
    }
    VipsImage *small = NULL;
    // The height is left free: the width alone decides the size (the EXIF orientation is applied,
    // then dropped with the rest of the metadata).
    if (vips_thumbnail_buffer((void *)bytes, length, &small, width, "height", VIPS_MAX_COORD, NULL) != 0) {
        take_message(message, message_size);
        return -1;
    }
    int result;
    // Every setting that changes the bytes is part of the cache's key (ImageCacheKey.settings).
    if (strcmp(format, "jpeg") == 0) {
        result = vips_jpegsave_buffer(small, output, output_length, "Q", 80, "strip", TRUE, NULL);
    } else if (strcmp(format, "webp") == 0) {
        result = vips_webpsave_buffer(small, output, output_length, "Q", 80, "strip", TRUE, NULL);
    } else {
        result = vips_pngsave_buffer(small, output, output_length, "strip", TRUE, NULL);
    }
    g_object_unref(small);
    if (result != 0) {
        take_message(message, message_size);
        return -1;
    }
    return 0;
}

void sitegen_image_free(void *buffer) {
    g_free(buffer);
}

void sitegen_sha256_hex(const void *bytes, size_t length, char hex[65]) {
    gchar *text = g_compute_checksum_for_data(G_CHECKSUM_SHA256, bytes, length);
    memset(hex, 0, 65);
    if (text) strncpy(hex, text, 64);
    g_free(text);
}
