/*
 * evict FILE… — drop each file's pages from the operating system's cache
 * (posix_fadvise DONTNEED), so the next read of it comes from the disk: the "cold"
 * figures of bench/startup.sh, without dropping the whole machine's cache. Dirty pages
 * are written first (fdatasync), or they would stay.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int bad = 0;
	for (int i = 1; i < argc; i++) {
		int fd = open(argv[i], O_RDONLY);
		if (fd < 0)
			continue;   /* a -wal or -shm that is not there */
		fdatasync(fd);
		int e = posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
		if (e) {
			fprintf(stderr, "evict: %s: %s\n", argv[i], strerror(e));
			bad = 1;
		}
		close(fd);
	}
	return bad;
}
