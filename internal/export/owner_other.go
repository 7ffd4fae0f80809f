//go:build !unix

package export

import "io/fs"

// owner is unknown here: Windows files have no uid and gid, and a replacement keeps its ACL from
// the directory.
func owner(fs.FileInfo) (uid, gid int, ok bool) { return 0, 0, false }
