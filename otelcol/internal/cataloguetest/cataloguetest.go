// Package cataloguetest writes catalogue directories for tests: the embedded catalogue with one
// code renamed, as a newer revision of the documentation would, or with a defect.
package cataloguetest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
)

// The code the revised catalogue renames, and what it says instead of UpdateDateCannotBeInFuture.
const (
	RevisedCode    = 617020
	RevisedName    = "UpdateDateMustNotBeInFuture"
	RevisedMessage = "The update date must not lie in the future."
)

// Revised writes the embedded catalogue into a new directory with RevisedCode renamed.
func Revised(t testing.TB) string {
	return write(t, func(cat string) string {
		return strings.Replace(cat, "617020\tUpdateDateCannotBeInFuture\t(heading not visible: 617xxx)\tUpdate date cannot be in future.\t",
			"617020\t"+RevisedName+"\t(heading not visible: 617xxx)\t"+RevisedMessage+"\t", 1)
	})
}

// BrokenLine is the line of catalogue.tsv that Broken spoils.
const BrokenLine = 92

// Broken writes the embedded catalogue with the code on line BrokenLine of catalogue.tsv made
// unreadable.
func Broken(t testing.TB) string {
	return write(t, func(cat string) string {
		return strings.Replace(cat, "\n617020\t", "\n61702x\t", 1)
	})
}

func write(t testing.TB, edit func(string) string) string {
	t.Helper()
	dir := t.TempDir()
	src := codes.EmbeddedFS()
	names, err := fs.Glob(src, "*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		b, err := fs.ReadFile(src, name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if name == codes.CatalogueFile {
			if text = edit(text); text == string(b) {
				t.Fatal("cataloguetest: the edit changed nothing; has the catalogue changed?")
			}
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
