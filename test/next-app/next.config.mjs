/** The consumer app scripts/check-next.sh builds from the packed tarball: Next's defaults. */
export default {}
