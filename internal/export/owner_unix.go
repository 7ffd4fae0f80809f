//go:build unix

package export

import (
	"io/fs"
	"syscall"
)

// owner is the user and group that own a file, where the system says.
func owner(st fs.FileInfo) (uid, gid int, ok bool) {
	s, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, false
	}
	return int(s.Uid), int(s.Gid), true
}
