/*
 * fault.c — an LD_PRELOAD shim for the fault-injection test (tests/cli/fault.sh). It
 * counts the calls that write to or sync a regular file (write, pwrite, pwrite64, fsync,
 * fdatasync) and makes one of them fail:
 *
 *     GH_FAULT_AT=N      the Nth such call fails (0 or unset: none does)
 *     GH_FAULT_ERRNO=E   with ENOSPC (the default) or EIO
 *     GH_FAULT_COUNT=F   at exit, the number of such calls is written to the file F
 *
 * Writes to anything but a regular file (the terminal, a pipe) are not counted and never
 * fail, so messages still reach stderr.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static struct {
	long calls;
	long at;
	int err;
	int ready;
} fault;

static void fault_init(void)
{
	if (fault.ready)
		return;
	const char *at = getenv("GH_FAULT_AT"), *err = getenv("GH_FAULT_ERRNO");
	fault.at = at ? atol(at) : 0;
	fault.err = err && strcmp(err, "EIO") == 0 ? EIO : ENOSPC;
	fault.ready = 1;
}

/* Is fd a regular file, and is this the call that fails? */
static int fault_now(int fd)
{
	struct stat st;
	fault_init();
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	fault.calls++;
	return fault.at > 0 && fault.calls == fault.at;
}

typedef ssize_t (*write_fn)(int, const void *, size_t);
typedef ssize_t (*pwrite_fn)(int, const void *, size_t, off_t);
typedef ssize_t (*pwrite64_fn)(int, const void *, size_t, off64_t);
typedef int (*sync_fn)(int);

#define REAL(name, type) \
	static type real; \
	if (!real) \
		real = (type)dlsym(RTLD_NEXT, name)

ssize_t write(int fd, const void *buf, size_t n)
{
	REAL("write", write_fn);
	if (fault_now(fd)) {
		errno = fault.err;
		return -1;
	}
	return real(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	REAL("pwrite", pwrite_fn);
	if (fault_now(fd)) {
		errno = fault.err;
		return -1;
	}
	return real(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t off)
{
	REAL("pwrite64", pwrite64_fn);
	if (fault_now(fd)) {
		errno = fault.err;
		return -1;
	}
	return real(fd, buf, n, off);
}

int fsync(int fd)
{
	REAL("fsync", sync_fn);
	if (fault_now(fd)) {
		errno = fault.err;
		return -1;
	}
	return real(fd);
}

int fdatasync(int fd)
{
	REAL("fdatasync", sync_fn);
	if (fault_now(fd)) {
		errno = fault.err;
		return -1;
	}
	return real(fd);
}

__attribute__((destructor)) static void fault_report(void)
{
	const char *f = getenv("GH_FAULT_COUNT");
	if (!f)
		return;
	char buf[32];
	int n = snprintf(buf, sizeof buf, "%ld\n", fault.calls);
	int fd = open(f, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd >= 0) {
		/* through the real write: this one is not counted */
		write_fn w = (write_fn)dlsym(RTLD_NEXT, "write");
		if (w && w(fd, buf, (size_t)n) < 0) {
			/* nothing to do */
		}
		close(fd);
	}
}
