/* The Markdown floor of issue 7: cmark alone on every page body of a site.
 *
 *   cc -O2 -o cmark_floor cmark_floor.c -lcmark
 *   cmark_floor CONTENT_DIR [RUNS]
 *
 * Reads every .md file under CONTENT_DIR into memory first (not timed), strips the front matter
 * (the lines from a first "---" line to the next "---" line), then times parsing and rendering
 * every body to HTML with cmark on one core (CMARK_OPT_SMART, as sitegen uses smart punctuation).
 * Prints the median of RUNS runs (default 5):
 *   cmark_floor: files=21877 body_bytes=22000000 html_bytes=... seconds=0.360
 */
#define _XOPEN_SOURCE 700
#include <cmark.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { char *text; size_t len; } Body;
static Body *bodies;
static size_t count, capacity, total;

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st; (void)ftw;
    size_t n = strlen(path);
    if (type != FTW_F || n < 3 || strcmp(path + n - 3, ".md") != 0) return 0;
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return 0; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)size + 1);
    size_t got = fread(data, 1, (size_t)size, f);
    fclose(f);
    data[got] = 0;
    char *body = data;
    if (strncmp(data, "---\n", 4) == 0) {
        char *end = strstr(data + 3, "\n---\n");
        if (end) body = end + 5;
        else if ((end = strstr(data + 3, "\n---")) && end[4] == 0) body = end + 4;
    }
    if (count == capacity) {
        capacity = capacity ? capacity * 2 : 1024;
        bodies = realloc(bodies, capacity * sizeof *bodies);
    }
    size_t len = got - (size_t)(body - data);
    bodies[count].text = malloc(len + 1);
    memcpy(bodies[count].text, body, len + 1);
    bodies[count].len = len;
    total += len;
    count++;
    free(data);
    return 0;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s CONTENT_DIR [RUNS]\n", argv[0]); return 2; }
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    if (runs < 1) runs = 1;
    if (nftw(argv[1], visit, 64, FTW_PHYS) != 0) { perror(argv[1]); return 1; }
    if (count == 0) { fprintf(stderr, "no .md files under %s\n", argv[1]); return 1; }
    double *times = malloc((size_t)runs * sizeof *times);
    size_t html = 0;
    for (int r = 0; r < runs; r++) {
        html = 0;
        double start = now();
        for (size_t i = 0; i < count; i++) {
            cmark_node *doc = cmark_parse_document(bodies[i].text, bodies[i].len, CMARK_OPT_SMART);
            char *out = cmark_render_html(doc, CMARK_OPT_SMART);
            html += strlen(out);
            free(out);
            cmark_node_free(doc);
        }
        times[r] = now() - start;
    }
    qsort(times, (size_t)runs, sizeof *times, compare);
    printf("cmark_floor: files=%zu body_bytes=%zu html_bytes=%zu runs=%d seconds=%.4f\n",
           count, total, html, runs, times[runs / 2]);
    return 0;
}
