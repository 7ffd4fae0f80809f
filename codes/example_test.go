package codes_test

import (
	"fmt"
	"testing/fstest"

	"github.com/mtapi-cli/mtapi/codes"
)

func ExampleLookup() {
	r := codes.Lookup(617020)
	e := r.Entries[0]
	fmt.Println(r.Kind, r.Controller.DisplayName())
	fmt.Println(e.Name, "-", e.Message)
	// Output:
	// controller Service Requests (inferred name)
	// UpdateDateCannotBeInFuture - Update date cannot be in future.
}

func ExampleLookup_history() {
	// 601000 was renamed: the current entry comes first, the superseded one after it.
	for _, e := range codes.Lookup(601000).Entries {
		fmt.Println(e.Name, e.State, e.FirstRevision, e.LastRevision)
	}
	// Output:
	// InvalidUserActivationContext current r02 r02
	// InvalidReturnUrl superseded r01 r01
}

func ExampleLookup_notSet() {
	r := codes.Lookup(-1)
	fmt.Println(r.Kind, len(r.Entries))
	// Output: notset 0
}

func ExampleLookupName() {
	// Names match in any case and with any separators; one name can be printed at several numbers.
	for _, e := range codes.LookupName("invalid_user_id") {
		fmt.Println(e.Code, e.Controller.Name, e.State)
	}
	// Output:
	// 601010 Accounts current
	// 620000 Users placeholder
	// 619000 Users superseded
}

func ExampleClassify() {
	for _, n := range []int{-1, 404, 4041001, 617020, 901002, 605000} {
		fmt.Println(n, codes.Classify(n))
	}
	// Output:
	// -1 notset
	// 404 http
	// 4041001 notfound
	// 617020 controller
	// 901002 generic
	// 605000 unknown
}

func ExampleNearest() {
	below, above := codes.Nearest(618003)
	fmt.Println(below, above)
	// Output: 618002 618004
}

func ExampleRanges() {
	for _, r := range codes.Ranges()[:4] {
		fmt.Println(r.Name, r.Start, r.End, r.Kind, r.Documented)
	}
	// Output:
	// NotSet -1 -1 notset 0
	// HTTP 200 599 http 0
	// Accounts 601000 601999 controller 16
	// Countries and Provinces (inferred name) 602000 602999 controller 7
}

func ExampleParseNumber() {
	for _, s := range []string{"617020", "(617020)", "617020.", "-1", "UpdateDate", "12345678901"} {
		n, ok, err := codes.ParseNumber(s)
		fmt.Println(s, n, ok, err != nil)
	}
	// Output:
	// 617020 617020 true false
	// (617020) 617020 true false
	// 617020. 617020 true false
	// -1 -1 true false
	// UpdateDate 0 false false
	// 12345678901 0 true true
}

func ExampleIsCodeList() {
	// A value as the mtapistatus header carries it: one code or a comma list.
	fmt.Println(codes.IsCodeList("617020,-1"), codes.IsCodeList("617020, 4041001"), codes.IsCodeList("UpdateDate"))
	// Output: true true false
}

func ExampleNormalizeIndex() {
	// The key LookupName compares, with where each of its bytes is in the name as printed.
	key, at := codes.NormalizeIndex("Update_Date")
	fmt.Println(key, at[6])
	// Output: updatedate 7
}

func ExampleLoad() {
	// A directory with the same files as codes/ works the same way: codes.Load(os.DirFS(dir)).
	c, err := codes.Load(codes.EmbeddedFS())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(c.Entries()), c.LatestRevision(), c.Lookup(618010).Entries[0].Name)
	// Output: 173 r25 InvalidReturnUrl
}

func ExampleCheck() {
	broken := fstest.MapFS{
		"catalogue.tsv":   {Data: []byte("code\tname\tcontroller\tmessage\tstate\tfirst_revision\tlast_revision\tsources\tnote\n61702x\tX\tApp Controller\t\tcurrent\tr1\tr1\t\t\n")},
		"controllers.tsv": {Data: []byte("controller\trange_start\trange_end\timplemented\tfirst_revision\tlast_revision\tsources\tnote\nApp Controller\t603000\t603999\tyes\tr1\tr1\t\t\n")},
		"revisions.tsv":   {Data: []byte("revision\tsource\twhat_changed\tordering_evidence\tconfidence\nr1\t\t\t\tsure\n")},
	}
	for _, p := range codes.Check(broken) {
		fmt.Println(p)
	}
	// Output:
	// revisions.tsv:2: confidence "sure" is not one of high, medium, low (column 7)
	// catalogue.tsv:2: code "61702x" is not an integer (column 1)
}
