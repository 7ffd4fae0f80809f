// Package funcsize holds the test that keeps every function short enough to hold in one's head.
package funcsize

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/fzipp/gocyclo"
)

// The limits: no function outside generated code is longer, or more complex by gocyclo's count
// (one plus each if, for, case, && and ||).
const (
	maxLines      = 100
	maxComplexity = 40
)

// excludedDirs are left out of the check, each with its reason. Paths are relative to the module
// root.
var excludedDirs = map[string]string{}

// excludedFuncs are single functions left out, each with its reason, as "dir.Func" or
// "dir.Recv.Method".
var excludedFuncs = map[string]string{}

type fn struct {
	name              string // dir.Func or dir.(*Recv).Method
	pos               string
	lines, complexity int
}

func TestFunctionsAreSmall(t *testing.T) {
	fns := functions(t)
	sort.Slice(fns, func(i, j int) bool { return fns[i].complexity > fns[j].complexity })
	seen := map[string]bool{}
	for _, f := range fns {
		seen[f.name] = true
		if _, ok := excludedFuncs[f.name]; ok {
			continue
		}
		if f.lines > maxLines {
			t.Errorf("%s: %s is %d lines; split it into named steps (at most %d)", f.pos, f.name, f.lines, maxLines)
		}
		if f.complexity > maxComplexity {
			t.Errorf("%s: %s has cyclomatic complexity %d; split it into named steps (at most %d)", f.pos, f.name, f.complexity, maxComplexity)
		}
	}
	for name := range excludedFuncs {
		if !seen[name] {
			t.Errorf("excludedFuncs names %s, which no longer exists: drop it from the list", name)
		}
	}
	if testing.Verbose() {
		for _, f := range fns[:min(10, len(fns))] {
			t.Logf("%3d cyclomatic %4d lines  %s", f.complexity, f.lines, f.name)
		}
	}
}

// functions lists every function and method of the module's non-test, non-generated Go files.
func functions(t *testing.T) []fn {
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var out []fn
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if _, ok := excludedDirs[rel]; ok || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && rel != "." {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
		if err != nil {
			return err
		}
		if ast.IsGenerated(f) {
			return nil
		}
		dir := filepath.ToSlash(filepath.Dir(rel))
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			start, end := fset.Position(fd.Pos()), fset.Position(fd.End())
			out = append(out, fn{
				name:       dir + "." + funcName(fd),
				pos:        fmt.Sprintf("%s:%d", rel, start.Line),
				lines:      end.Line - start.Line + 1,
				complexity: gocyclo.Complexity(fd),
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// funcName is Func, or (*Recv).Method / Recv.Method.
func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	typ := fd.Recv.List[0].Type
	star := ""
	if s, ok := typ.(*ast.StarExpr); ok {
		star, typ = "*", s.X
	}
	if ix, ok := typ.(*ast.IndexExpr); ok {
		typ = ix.X
	}
	if ix, ok := typ.(*ast.IndexListExpr); ok {
		typ = ix.X
	}
	name := "?"
	if id, ok := typ.(*ast.Ident); ok {
		name = id.Name
	}
	if star != "" {
		return "(*" + name + ")." + fd.Name.Name
	}
	return name + "." + fd.Name.Name
}
