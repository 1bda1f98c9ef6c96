/* The file-writing floor of issue 7: write a tree of the same shape as a built site.
 *
 *   cc -O2 -o write_floor write_floor.c
 *   write_floor SOURCE_TREE DEST [RUNS]
 *
 * Reads every file under SOURCE_TREE (a site sitegen built) into memory first (not timed), then
 * times writing the same files, byte for byte, under DEST on one core: each folder created once
 * (mkdir), each file written with one open/write/close. DEST is removed before each run (not
 * timed). Prints the median of RUNS runs (default 5):
 *   write_floor: files=21877 folders=21900 bytes=... seconds=0.640
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct { char *path; char *data; size_t len; int is_dir; } Entry;
static Entry *entries;
static size_t count, capacity, files, folders, total;
static size_t root_len;

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)ftw;
    if (strlen(path) <= root_len) return 0;  /* the root itself */
    if (type != FTW_F && type != FTW_D) return 0;
    if (count == capacity) {
        capacity = capacity ? capacity * 2 : 4096;
        entries = realloc(entries, capacity * sizeof *entries);
    }
    Entry *e = &entries[count++];
    e->path = strdup(path + root_len);  /* starts with '/' */
    e->is_dir = type == FTW_D;
    e->data = NULL;
    e->len = 0;
    if (e->is_dir) { folders++; return 0; }
    int fd = open(path, O_RDONLY);
    if (fd < 0) { perror(path); exit(1); }
    e->data = malloc((size_t)st->st_size + 1);
    size_t got = 0;
    while (got < (size_t)st->st_size) {
        ssize_t n = read(fd, e->data + got, (size_t)st->st_size - got);
        if (n <= 0) break;
        got += (size_t)n;
    }
    close(fd);
    e->len = got;
    total += got;
    files++;
    return 0;
}

static int unlink_entry(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st; (void)type; (void)ftw;
    return remove(path);
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
    if (argc < 3) { fprintf(stderr, "usage: %s SOURCE_TREE DEST [RUNS]\n", argv[0]); return 2; }
    int runs = argc > 3 ? atoi(argv[3]) : 5;
    if (runs < 1) runs = 1;
    root_len = strlen(argv[1]);
    while (root_len > 1 && argv[1][root_len - 1] == '/') root_len--;
    /* Pre-order walk: a folder comes before the files inside it. */
    if (nftw(argv[1], visit, 64, FTW_PHYS) != 0) { perror(argv[1]); return 1; }
    const char *dest = argv[2];
    size_t dest_len = strlen(dest);
    char path[8192];
    double *times = malloc((size_t)runs * sizeof *times);
    for (int r = 0; r < runs; r++) {
        nftw(dest, unlink_entry, 64, FTW_DEPTH | FTW_PHYS);
        double start = now();
        if (mkdir(dest, 0755) != 0 && errno != EEXIST) { perror(dest); return 1; }
        for (size_t i = 0; i < count; i++) {
            Entry *e = &entries[i];
            size_t n = strlen(e->path);
            if (dest_len + n + 1 > sizeof path) continue;
            memcpy(path, dest, dest_len);
            memcpy(path + dest_len, e->path, n + 1);
            if (e->is_dir) {
                if (mkdir(path, 0755) != 0) { perror(path); return 1; }
                continue;
            }
            int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd < 0) { perror(path); return 1; }
            size_t done = 0;
            while (done < e->len) {
                ssize_t w = write(fd, e->data + done, e->len - done);
                if (w <= 0) { perror(path); return 1; }
                done += (size_t)w;
            }
            close(fd);
        }
        times[r] = now() - start;
    }
    nftw(dest, unlink_entry, 64, FTW_DEPTH | FTW_PHYS);
    qsort(times, (size_t)runs, sizeof *times, compare);
    printf("write_floor: files=%zu folders=%zu bytes=%zu runs=%d seconds=%.4f\n",
           files, folders, total, runs, times[runs / 2]);
    return 0;
}
