// Failures every dynamically linked program produces on a healthy start: the loader probing library
// directories, glibc looking for locale files and the nscd socket. A general rule by path, not a list per trace.

const NOISE: readonly RegExp[] = [
  /^\/etc\/ld\.so\./,
  /\.so(\.\d+)*$/,
  /\/glibc-hwcaps\//,
  /^\/(usr\/)?lib(32|64|x32)?\/.*\/(tls|haswell|x86_64|avx512_1|i686|sse2)(\/|$)/,
  /^\/usr\/(lib|share)\/locale(-langpack)?\//,
  /\/gconv\//,
  /^\/(var\/)?run\/nscd\//,
  /^\/proc\/sys\/kernel\/(ngroups_max|osrelease)$/,
  /^\/sys\/(fs\/cgroup|devices\/system\/cpu)\//,
];

export function isLoaderNoise(path: string): boolean {
  return NOISE.some((re) => re.test(path));
}
