package codes_test

import (
	"errors"
	"fmt"
	"testing/fstest"

	"github.com/mtapi-cli/mtapi/codes"
)

func ExampleDefault() {
	// Default is the catalogue embedded in the package; a catalogue from Load has the same methods.
	cat := codes.Default()
	fmt.Println(cat.LatestRevision(), len(cat.Entries()))
	// Output: r25 173
}

func ExampleCatalogue_Lookup() {
	r := codes.Default().Lookup(617020)
	e := r.Entries[0]
	fmt.Println(r.Kind, r.Controller.Name)
	fmt.Println(e.Name, "-", e.Message)
	// Output:
	// controller Service Requests
	// UpdateDateCannotBeInFuture - Update date cannot be in future.
}

func ExampleCatalogue_Lookup_history() {
	// 601000 was renamed: the current entry comes first, the superseded one after it.
	for _, e := range codes.Default().Lookup(601000).Entries {
		fmt.Println(e.Name, e.State, e.FirstRevision, e.LastRevision)
	}
	// Output:
	// InvalidUserActivationContext current r02 r02
	// InvalidReturnUrl superseded r01 r01
}

func ExampleCatalogue_Lookup_notSet() {
	// -1 means the end-point set no status: a family of its own, with no entries.
	r := codes.Default().Lookup(-1)
	fmt.Println(r.Kind, len(r.Entries))
	// Output: notset 0
}

func ExampleCatalogue_LookupName() {
	// Names match in any case and with any separators; one name can be printed at several numbers.
	for _, e := range codes.Default().LookupName("invalid_user_id") {
		fmt.Println(e.Code, e.Controller.Name, e.State)
	}
	// Output:
	// 601010 Accounts current
	// 620000 Users placeholder
	// 619000 Users superseded
}

func ExampleCatalogue_Classify() {
	cat := codes.Default()
	for _, n := range []int{-1, 404, 4041001, 617020, 901002, 605000} {
		fmt.Println(n, cat.Classify(n))
	}
	// Output:
	// -1 notset
	// 404 http
	// 4041001 notfound
	// 617020 controller
	// 901002 generic
	// 605000 unknown
}

func ExampleCatalogue_ControllerFor() {
	// 617500 is documented by no entry, but the Service Requests range holds it. That heading was
	// never printed, so its name is inferred from its codes.
	c := codes.Default().ControllerFor(617500)
	fmt.Println(c.Name, c.NameInferred, c.Start, c.End, c.Implemented)
	// Output: Service Requests true 617000 617999 yes
}

func ExampleCatalogue_PrintedAs() {
	// The documentation printed a typo, 62000; the entry decodes from the intended value.
	for _, e := range codes.Default().PrintedAs(62000) {
		fmt.Println(e.Printed, "->", e.Code, e.Name, e.State)
	}
	// Output: 62000 -> 620004 RetrievingUsersFailed typo
}

func ExampleCatalogue_Nearest() {
	// 618003 was never printed; its documented neighbours were.
	below, above := codes.Default().Nearest(618003)
	fmt.Println(below, above)
	// Output: 618002 618004
}

func ExampleCatalogue_Ranges() {
	for _, r := range codes.Default().Ranges()[:4] {
		fmt.Println(r.Name, r.Start, r.End, r.Kind, r.Documented)
	}
	// Output:
	// NotSet -1 -1 notset 0
	// HTTP 200 599 http 0
	// Accounts 601000 601999 controller 16
	// Countries and Provinces (inferred name) 602000 602999 controller 7
}

func ExampleCatalogue_Controllers() {
	for _, c := range codes.Default().Controllers() {
		if c.Implemented != codes.IsImplemented {
			fmt.Println(c.Name, c.Start, c.Implemented)
		}
	}
	// Output:
	// Invoices 608000 not-implemented-yet
	// Portal Capabilities 614000 unknown
	// Service Settings 619000 unknown
	// Virus Scan 621000 unknown
}

func ExampleCatalogue_Entries() {
	// Every entry, by code and trusted first within a code: here, the typos.
	for _, e := range codes.Default().Entries() {
		if e.State == codes.Typo {
			fmt.Println(e.Code, e.Printed, e.Name)
		}
	}
	// Output: 620004 62000 RetrievingUsersFailed
}

func ExampleCatalogue_Revisions() {
	revs := codes.Default().Revisions()
	fmt.Println(len(revs), revs[0].Label, revs[len(revs)-1].Label, codes.Default().LatestRevision())
	// Output: 27 r01 r25 r25
}

func ExampleParseNumber() {
	for _, s := range []string{"617020", "(617020)", "617020.", "-1", "UpdateDate", "12345678901"} {
		n, err := codes.ParseNumber(s)
		switch {
		case errors.Is(err, codes.ErrNotInteger):
			fmt.Println(s, "is not a number: try it as a name")
		case err != nil:
			fmt.Println(s, "is no status:", err)
		default:
			fmt.Println(s, n)
		}
	}
	// Output:
	// 617020 617020
	// (617020) 617020
	// 617020. 617020
	// -1 -1
	// UpdateDate is not a number: try it as a name
	// 12345678901 is no status: the number is too large
}

func ExampleIsCodeList() {
	// A value as the mtapistatus header carries it: one code or a comma list.
	fmt.Println(codes.IsCodeList("617020,-1"), codes.IsCodeList("617020, 4041001"), codes.IsCodeList("UpdateDate"))
	// Output: true true false
}

func ExampleNormalize() {
	// The key LookupName compares names by.
	fmt.Println(codes.Normalize("Update_Date-Cannot.Be In Future"))
	// Output: updatedatecannotbeinfuture
}

func ExampleHTTPText() {
	// MTAPI mirrors HTTP statuses in 200-599; their meaning is HTTP's.
	fmt.Printf("%q %q\n", codes.HTTPText(404), codes.HTTPText(299))
	// Output: "Not Found" ""
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
