package page

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// summary prints a page compactly: "## Heading start-end [not implemented]" then "Name = code | message".
func summary(p *Page) string {
	var b strings.Builder
	for _, s := range p.Sections {
		fmt.Fprintf(&b, "## %s %d-%d", s.Heading, s.Start, s.End)
		if s.NotImplemented {
			b.WriteString(" [not implemented]")
		}
		b.WriteByte('\n')
		for _, e := range s.Entries {
			fmt.Fprintf(&b, "%s = %d | %s\n", e.Name, e.Code, e.Message)
		}
	}
	return b.String()
}

func TestParseText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"name first, one per line",
			"Services Controller (618000-618999)\nInvalidDatetime = 618001\nfuture deactivation dateTime should be greater than the current dateTime\nEnrollmentDeactivationFailed = 618002\nEnrollment deactivation fails\n",
			"## Services Controller 618000-618999\nInvalidDatetime = 618001 | future deactivation dateTime should be greater than the current dateTime\nEnrollmentDeactivationFailed = 618002 | Enrollment deactivation fails\n"},
		{"message first, one per line",
			"Accounts Controller (601000-601999)\nUser activation failed.\nUserActivationFailed = 601001\nA null RegistrationContext was provided.\nInvalidRegistrationContext = 601002\n",
			"## Accounts Controller 601000-601999\nUserActivationFailed = 601001 | User activation failed.\nInvalidRegistrationContext = 601002 | A null RegistrationContext was provided.\n"},
		{"name first, glued where the copy lost the breaks",
			"Service Requests Controller (617000-617999)\nRetrievingServiceRequestFailed = 617001\nRetrieving service request has failed.RetrievingServiceRequestsByServicesFailed = 617002\nRetrieving service requests by services has failed.\n",
			"## Service Requests Controller 617000-617999\nRetrievingServiceRequestFailed = 617001 | Retrieving service request has failed.\nRetrievingServiceRequestsByServicesFailed = 617002 | Retrieving service requests by services has failed.\n"},
		{"name first, glued without a full stop",
			"Services Controller (618000-618999)\nRetrievingServiceInformationFailed = 618004\nRetrieving service information failedRetrievingActivitiesFailed = 618005\nRetrieving activities failed\n",
			"## Services Controller 618000-618999\nRetrievingServiceInformationFailed = 618004 | Retrieving service information failed\nRetrievingActivitiesFailed = 618005 | Retrieving activities failed\n"},
		{"message first, glued",
			"App Controller (603000 - 603999)\nApplication information wasn't found.\nApplicationInfoNotFound = 603000Api Key is null.\nApiKeyIsNull = 603001\n",
			"## App Controller 603000-603999\nApplicationInfoNotFound = 603000 | Application information wasn't found.\nApiKeyIsNull = 603001 | Api Key is null.\n"},
		{"message first, the first entry without a message, glued",
			"Users Controller (620000-620999)\nInvalidUserId = 620000Call to check whether user exists or not has failed\nUserExistsFailed = 620001\n",
			"## Users Controller 620000-620999\nInvalidUserId = 620000 | \nUserExistsFailed = 620001 | Call to check whether user exists or not has failed\n"},
		{"trailing commas and comments",
			"ServiceArtifacts Controller (622000-622999)\nServiceArtifactNotFound = 622000,\nServiceArtifactRetrievalFailed = 622001,\nNotices Controller (612000-612999)\nHeader and Body are required.\nNoticeHeaderBodyRequired = 612012,\n",
			"## ServiceArtifacts Controller 622000-622999\nServiceArtifactNotFound = 622000 | \nServiceArtifactRetrievalFailed = 622001 | \n## Notices Controller 612000-612999\nNoticeHeaderBodyRequired = 612012 | Header and Body are required.\n"},
		{"the 404 block: comments are not messages, a repeated pair is one entry",
			"ServiceRequestNotFound = 4041001\n4041001 is a generic MTAPI status.UserNotFound = 4041003\nServiceRequestNotFound = 4041001, // not found errors starts with 404 followed by 4 digit code 1001\nServiceNotFound = 4041004, // not found errors starts with 404 followed by 4 digit code\n",
			"##  0-0\nServiceRequestNotFound = 4041001 | 4041001 is a generic MTAPI status.\nUserNotFound = 4041003 | \nServiceNotFound = 4041004 | \n"},
		{"not implemented yet",
			"Invoices Controller (608000-608999)\nNote: Not implemented yet.\nInvalidServiceRequestId = 608000 // Consider using ServiceRequestNotFound = 4041001\n",
			"## Invoices Controller 608000-608999 [not implemented]\nInvalidServiceRequestId = 608000 | \n"},
		{"heading and note on one line",
			"Invoices Controller (608000-608999) Note: Not implemented yet.\nInvalidServiceRequestId = 608000\n",
			"## Invoices Controller 608000-608999 [not implemented]\nInvalidServiceRequestId = 608000 | \n"},
		{"the introduction quotes a code but lists none",
			"Status codes provide extra information.\nUsing 601000 as starting number provides us an opportunity to prefix some errors like “ServiceRequestNotFound = 4041001”\n\"mtapistatus\": \"-1\",\nResponse codes\nGeneric reusable MTAPI statuses are in 901000-902999 range\nGeneric/Reusable Statuses - can be used in any controller (901000-902999)\nOperation you performed came across internal error\nInternalError = 901000\n",
			"## Generic/Reusable Statuses - can be used in any controller 901000-902999\nInternalError = 901000 | Operation you performed came across internal error\n"},
		{"a heading split over lines by a diff view",
			"Services Controller (\n...\n618000-\n...\n618999)\nInvalidDatetime = 618001\nfuture deactivation\n",
			"## Services Controller 618000-618999\nInvalidDatetime = 618001 | future deactivation\n"},
		{"bullet layout",
			"Notices Controller (612000-612999)\n  • At least one service must be provided.\n    Minimum1ServiceRequired = 612001\n\n  • Notice with a certain id is not found.\n    NoticeNotFound = 612002\n",
			"## Notices Controller 612000-612999\nMinimum1ServiceRequired = 612001 | At least one service must be provided.\nNoticeNotFound = 612002 | Notice with a certain id is not found.\n"},
		{"white space, no-break spaces and control characters",
			"Users Controller (620000-620999)\r\n\u00a0Retrieving  users has\tfailed\x1b[31m\r\nRetrievingUsersFailed\u00a0=\u00a0620004\r\n",
			"## Users Controller 620000-620999\nRetrievingUsersFailed = 620004 | Retrieving users has failed[31m\n"},
		{"two controllers under one heading, each in its layout",
			"Invoices Controller (608000-608999)\nNote: Not implemented yet.\nInvalidServiceRequestId = 608000\nRetrieving organization failed\nRetrievingOrganizationFailed = 611001Organization Id is not valid\nInvalidOrganization = 611002\nPermissions Controller (613000-613999)\nRetrievingAllPermissionsFailed = 613001\nRetrieving all permissions failed\nRetrievingServiceRequestFailed = 617001\nRetrieving service request has failed.RetrievingServiceRequestsByServicesFailed = 617002\nRetrieving service requests by services has failed.\n",
			"## Invoices Controller 608000-608999 [not implemented]\nInvalidServiceRequestId = 608000 | \nRetrievingOrganizationFailed = 611001 | Retrieving organization failed\nInvalidOrganization = 611002 | Organization Id is not valid\n" +
				"## Permissions Controller 613000-613999\nRetrievingAllPermissionsFailed = 613001 | Retrieving all permissions failed\nRetrievingServiceRequestFailed = 617001 | Retrieving service request has failed.\nRetrievingServiceRequestsByServicesFailed = 617002 | Retrieving service requests by services has failed.\n"},
		{"a typo'd number stays in its run",
			"Users Controller (620000-620999)\nAssociate internal user to organization failed\nAssociateInternalUserToOrganizationFails = 620003Retrieving users has failed\nRetrievingUsersFailed = 62000Retrieving user using id has failed\nRetrievingUserByIdFailed = 620005\n",
			"## Users Controller 620000-620999\nAssociateInternalUserToOrganizationFails = 620003 | Associate internal user to organization failed\nRetrievingUsersFailed = 62000 | Retrieving users has failed\nRetrievingUserByIdFailed = 620005 | Retrieving user using id has failed\n"},
		{"not entries", "a == 5\nx = 12\nFoo = 1234567890123\nFoo = \n", ""},
		{"a heading without its range",
			"Notices Controller (612000-612999)\nNotice object is null.\nNoticeIsNull = 612007\nReports Controller\nGetReportFailed = 623001\nGetting a report failed.\n",
			"## Notices Controller 612000-612999\nNoticeIsNull = 612007 | Notice object is null.\n## Reports Controller 0-0\nGetReportFailed = 623001 | Getting a report failed.\n"},
		{"a heading glued to the message before it",
			"Services Controller (618000-618999)\nRetrievingServiceCatalogFailed = 618021\nRetrieving all services failedService Settings Controller (619000-619999)\nUsers Controller (620000-620999)\n",
			"## Services Controller 618000-618999\nRetrievingServiceCatalogFailed = 618021 | Retrieving all services failed\n## Service Settings Controller 619000-619999\n## Users Controller 620000-620999\n"},
		{"dash bullets, line after line",
			"Accounts Controller (601000-601999)\n- User activation failed.\n- UserActivationFailed = 601001\nA null RegistrationContext was provided.\nInvalidRegistrationContext = 601002\n",
			"## Accounts Controller 601000-601999\nUserActivationFailed = 601001 | User activation failed.\nInvalidRegistrationContext = 601002 | A null RegistrationContext was provided.\n"},
		{"numbered items",
			"Accounts Controller (601000-601999)\n1. User activation failed.\nUserActivationFailed = 601001\n2) A null RegistrationContext was provided.\nInvalidRegistrationContext = 601002\n",
			"## Accounts Controller 601000-601999\nUserActivationFailed = 601001 | User activation failed.\nInvalidRegistrationContext = 601002 | A null RegistrationContext was provided.\n"},
		{"en dash bullets",
			"Services Controller (618000-618999)\n– InvalidDatetime = 618001\nfuture deactivation\n– EnrollmentDeactivationFailed = 618002\nEnrollment deactivation fails\n",
			"## Services Controller 618000-618999\nInvalidDatetime = 618001 | future deactivation\nEnrollmentDeactivationFailed = 618002 | Enrollment deactivation fails\n"},
		{"a name glued after a message ending in a capitalised word",
			"Services Controller (618000-618999)\nEnrollUserInServiceFailed = 618006\nEnroll User In Service FailedRetrievingServiceByIdFailed = 618030\nRetrieving a service by id failed\n",
			"## Services Controller 618000-618999\nEnrollUserInServiceFailed = 618006 | Enroll User In Service Failed\nRetrievingServiceByIdFailed = 618030 | Retrieving a service by id failed\n"},
		{"a message-first name that repeats its message is not cut",
			"App Controller (603000-603999)\nApplication information wasn't found.\nApplicationInfoNotFound = 603000Api Key is null ApiKeyIsNull = 603001\n",
			"## App Controller 603000-603999\nApplicationInfoNotFound = 603000 | Application information wasn't found.\nApiKeyIsNull = 603001 | Api Key is null\n"},
		{"a message that holds X = n",
			"Services Controller (618000-618999)\nEnrollmentDeactivationFailed = 618002\nEnrollment deactivation fails when PageSize = 0\n",
			"## Services Controller 618000-618999\nEnrollmentDeactivationFailed = 618002 | Enrollment deactivation fails when PageSize = 0\n"},
		{"a dash between entry and message",
			"Services Controller (618000-618999)\nRetrievingActivitiesFailed = 618005 – Retrieving activities failed\n",
			"## Services Controller 618000-618999\nRetrievingActivitiesFailed = 618005 | Retrieving activities failed\n"},
		{"the note followed by more text",
			"Billing Controller (624000-624999)\nNote: Not implemented yet. These codes are reserved for billing.\nInvalidBillId = 624000\n",
			"## Billing Controller 624000-624999 [not implemented]\nInvalidBillId = 624000 | \n"},
		{"the note after the range",
			"Billing Controller (624000-624999) – not implemented yet\nInvalidBillId = 624000\nBilling2 Controller (625000-625999) (Not implemented yet)\nX = 625000\n",
			"## Billing Controller 624000-624999 [not implemented]\nInvalidBillId = 624000 | \n## Billing2 Controller 625000-625999 [not implemented]\nX = 625000 | \n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseText(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := summary(p); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestParseStorage(t *testing.T) {
	in := `<p>Using 601000 as starting number provides us an opportunity to prefix some errors like &ldquo;ServiceRequestNotFound = 4041001&rdquo;</p>
<ac:structured-macro ac:name="code"><ac:parameter ac:name="language">js</ac:parameter><ac:plain-text-body><![CDATA[{
"mtapistatus": "-1"
}]]></ac:plain-text-body></ac:structured-macro>
<h2>App Controller (603000&nbsp;&ndash;&nbsp;603999)</h2>
<ul><li><p>Application information wasn&#39;t found.<br />ApplicationInfoNotFound = 603000</p></li><li><p>Api Key is null.<br/>ApiKeyIsNull&nbsp;=&nbsp;603001</p></li></ul>
<h2>Invoices Controller (608000-608999)</h2>
<ac:structured-macro ac:name="info" ac:schema-version="1"><ac:parameter ac:name="title">Note</ac:parameter><ac:rich-text-body><p>Not implemented yet.</p></ac:rich-text-body></ac:structured-macro>
<ul><li>InvalidServiceRequestId = 608000</li></ul>
<h3>Artifacts Controller (604000-604999)</h3>
<ul><li><p>InvalidArtifactType = 604001<br />Invalid Artifact Type</p></li><li><p><strong>UpdatingArtifactFailed</strong> = 604002<br />Updating Artifact &amp; more</p></li></ul>
<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[UserNotFound = 4041003, // not found errors
ServiceNotFound = 4041004, // not found errors]]></ac:plain-text-body></ac:structured-macro>`
	p, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := "## App Controller 603000-603999\nApplicationInfoNotFound = 603000 | Application information wasn't found.\nApiKeyIsNull = 603001 | Api Key is null.\n" +
		"## Invoices Controller 608000-608999 [not implemented]\nInvalidServiceRequestId = 608000 | \n" +
		"## Artifacts Controller 604000-604999\nInvalidArtifactType = 604001 | Invalid Artifact Type\nUpdatingArtifactFailed = 604002 | Updating Artifact & more\nUserNotFound = 4041003 | \nServiceNotFound = 4041004 | \n"
	if got := summary(p); got != want || p.Form != Storage {
		t.Errorf("form %s, got\n%s\nwant\n%s", p.Form, got, want)
	}
}

func TestParseStorageFromTheRESTAPI(t *testing.T) {
	in := `{"id":"1407680535","type":"page","title":"MTAPI status codes","body":{"storage":{"value":"<h2>Notices Controller (612000-612999)</h2><ul><li><p>Notice object is null.<br />NoticeIsNull = 612007</p></li></ul>","representation":"storage"}}}`
	p, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if got := summary(p); got != "## Notices Controller 612000-612999\nNoticeIsNull = 612007 | Notice object is null.\n" {
		t.Errorf("got\n%s", got)
	}
}

// An HTML export is read from its page body only: the breadcrumbs and footer are not messages.
func TestParseExportReadsTheBodyOnly(t *testing.T) {
	in := `<!DOCTYPE html><html><head><title>MTAPI : MTAPI status codes</title></head><body>
<ol id="breadcrumbs"><li>MTAPI</li></ol>
<div id="main-content" class="wiki-content group">
<h2>ServiceArtifacts Controller (622000-622999)</h2>
<ul><li>ServiceArtifactNotFound = 622000,</li><li>ServiceArtifactAlreadyExists = 622007,</li></ul>
</div>
<div id="footer"><p>Document generated by Confluence on Nov 25, 2026 08:00</p><a href="http://www.atlassian.com/">Atlassian</a></div>
</body></html>`
	p, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := "## ServiceArtifacts Controller 622000-622999\nServiceArtifactNotFound = 622000 | \nServiceArtifactAlreadyExists = 622007 | \n"
	if got := summary(p); got != want || p.Form != HTML {
		t.Errorf("form %s, got\n%s", p.Form, got)
	}
}

// The seed is a diff view, not a page, but its plain parts read as the page does.
func TestParseSeed(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	es := p.Entries()
	if len(es) != 59 {
		t.Errorf("%d entries, want 59 (617001-617029, the ten placeholders, 618001-618021 but 618003)", len(es))
	}
	got := map[string]string{}
	for _, e := range es {
		got[fmt.Sprint(e.Code, " ", e.Name)] = e.Message
	}
	for k, v := range map[string]string{
		"617002 RetrievingServiceRequestsByServicesFailed": "Retrieving service requests by services has failed.",
		"617029 InvalidServiceStandard":                    "ServiceStandardId is not valid for the service.",
		"618001 InvalidDatetime":                           "future deactivation dateTime should be greater than the current dateTime",
		"618021 RetrievingServiceCatalogFailed":            "Retrieving all services failed",
		"617010 DeletePermissionFailed":                    "",
	} {
		if m, ok := got[k]; !ok || m != v {
			t.Errorf("%s: %q (found %v), want %q", k, m, ok, v)
		}
	}
}

func TestLimits(t *testing.T) {
	// One line far over the line limit is cut, not held whole.
	long := "Services Controller (618000-618999)\nX = 618001\n" + strings.Repeat("a", 3*maxLine) + "\n"
	p, err := ParseText(strings.NewReader(long))
	if err != nil {
		t.Fatal(err)
	}
	if m := p.Entries()[0].Message; len(m) > maxMessage {
		t.Errorf("message of %d bytes", len(m))
	}
	if _, err := Parse(strings.NewReader(strings.Repeat("A = 601001\n", maxEntries+1))); err == nil {
		t.Error("no error past the entry limit")
	}
	if _, err := Parse(strings.NewReader(strings.Repeat("<div>", 20000))); err == nil {
		t.Error("no error for markup nested 20000 deep")
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"seed.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"App Controller (603000 - 603999)\nApplication information wasn't found.\nApplicationInfoNotFound = 603000Api Key is null.\nApiKeyIsNull = 603001\n",
		"<h2>X Controller (1-2)</h2><ul><li><p>m<br />A = 1</p></li></ul>",
		`{"body":{"storage":{"value":"<p>A = 1</p>"}}}`,
		"Services Controller (\n618000-\n618999)\nNote: Not implemented yet.\nA = 618001,// c\n",
		"<![CDATA[A = 1\nB = 2]]><pre>C = 3\nm</pre>",
		"<h2>Reports Controller</h2><table><tr><th>Name</th></tr><tr><td>A</td><td>623001</td><td>m</td></tr></table><ac:structured-macro><ac:parameter ac:name=\"title\">Not implemented yet</ac:parameter></ac:structured-macro>",
		"X Controller (1000-1999) – not implemented yet\r- A = 1001\r1. m FailedB = 1002 – n\rY Controller\r",
		"\xff\xfeA\x00 \x00=\x00 \x001\x000\x000\x001\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, s := range p.Sections {
			if s.Start > s.End && s.End != 0 {
				t.Errorf("range %d-%d", s.Start, s.End)
			}
			for _, e := range s.Entries {
				if e.Name == "" || strings.IndexFunc(e.Name, func(r rune) bool { return !(r == '_' || r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r))) }) >= 0 {
					t.Errorf("name %q", e.Name)
				}
				if strings.IndexFunc(e.Message+s.Heading, func(r rune) bool { return unicode.IsControl(r) }) >= 0 {
					t.Errorf("control character in %q / %q", e.Message, s.Heading)
				}
				if len(e.Message) > maxMessage {
					t.Errorf("message of %d bytes", len(e.Message))
				}
			}
		}
	})
}

// A message ending in a capitalised word glued to the next name is cut where the catalogue knows
// the rest of the name at that number, and else after the name's first word when prose comes
// before it.
func TestKnownNamesCutGluedWords(t *testing.T) {
	in := "Artifacts Controller (604000-604999)\nInvalidArtifactType = 604001\nInvalid Artifact TypeUpdatingArtifactFailed = 604002\nUpdating Artifact FailedDeletingArtifactFailed = 604003\nDeleting Artifact FailedBrandNewFailed = 604009\n"
	known := func(code int, name string) bool {
		return code == 604002 && name == "UpdatingArtifactFailed" || code == 604003 && name == "DeletingArtifactFailed"
	}
	p, err := ParseWith(strings.NewReader(in), Options{Known: known})
	if err != nil {
		t.Fatal(err)
	}
	want := "## Artifacts Controller 604000-604999\nInvalidArtifactType = 604001 | Invalid Artifact Type\nUpdatingArtifactFailed = 604002 | Updating Artifact Failed\nDeletingArtifactFailed = 604003 | Deleting Artifact Failed\nBrandNewFailed = 604009 | \n"
	if got := summary(p); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestParseCloudPanel(t *testing.T) {
	in := `<h2>Users Controller (620000-620999)</h2><ac:adf-extension><ac:adf-node type="panel"><ac:adf-attribute key="panel-type">note</ac:adf-attribute><ac:adf-content><p>Not implemented yet.</p></ac:adf-content></ac:adf-node><ac:adf-fallback><div class="panel"><p>Not implemented yet.</p></div></ac:adf-fallback></ac:adf-extension><p>InvalidUserId = 620000</p>`
	p, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if got := summary(p); got != "## Users Controller 620000-620999 [not implemented]\nInvalidUserId = 620000 | \n" {
		t.Errorf("got\n%s", got)
	}
}

// Storage format: headings without a range, a table of separate cells, and the forms of the note.
func TestParseStorageVariants(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"headings without a range",
			`<h1>MTAPI Status Codes</h1><ul><li>ServiceRequestNotFound = 4041001</li></ul><h2>Users Controller</h2><ul><li><p>InvalidUserId = 620000</p></li></ul><h2>Reports Controller</h2><ul><li><p>GetReportFailed = 623001<br />Getting a report failed.</p></li></ul>`,
			"## MTAPI Status Codes 0-0\nServiceRequestNotFound = 4041001 | \n## Users Controller 0-0\nInvalidUserId = 620000 | \n## Reports Controller 0-0\nGetReportFailed = 623001 | Getting a report failed.\n"},
		{"a table of name, code and message cells",
			`<h2>Groups Controller (625000-625999)</h2><table class="wrapped"><colgroup><col /></colgroup><tbody><tr><th><p>Name</p></th><th><p>Code</p></th><th><p>Message</p></th></tr>
<tr><td><p>InvalidGroupId</p></td><td><p>625001</p></td><td><p>The group id must be higher than zero.</p></td></tr>
<tr><td>625002</td><td><strong>GroupNotFound</strong></td><td>The group was not found.</td></tr>
<tr><td>GroupExists = 625003</td><td>The group exists.</td></tr></tbody></table>`,
			"## Groups Controller 625000-625999\nInvalidGroupId = 625001 | The group id must be higher than zero.\nGroupNotFound = 625002 | The group was not found.\nGroupExists = 625003 | The group exists.\n"},
		{"a panel titled with the note",
			`<h2>Billing Controller (624000-624999)</h2><ac:structured-macro ac:name="info"><ac:parameter ac:name="title">Not implemented yet</ac:parameter><ac:rich-text-body><p>The codes below are reserved.</p></ac:rich-text-body></ac:structured-macro><ul><li><p>The bill id.<br/>InvalidBillId = 624000</p></li></ul>`,
			"## Billing Controller 624000-624999 [not implemented]\nInvalidBillId = 624000 | The bill id.\n"},
		{"the note in a sentence, and after the range of an <h2>",
			`<h2>Billing Controller (624000-624999) &ndash; not implemented yet</h2><ul><li>InvalidBillId = 624000</li></ul><h2>Billing2 Controller (625000-625999)</h2><p>Note: Not implemented yet. These codes are reserved.</p><ul><li>X = 625000</li></ul>`,
			"## Billing Controller 624000-624999 [not implemented]\nInvalidBillId = 624000 | \n## Billing2 Controller 625000-625999 [not implemented]\nX = 625000 | \n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := summary(p); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// Entries after the note are placeholders; entries before it in the same section are not (the
// exported text lists the Users placeholder after the section's real entries).
func TestPlaceholdersFollowTheNote(t *testing.T) {
	p, err := Parse(strings.NewReader("Users Controller (620000-620999)\nUserExistsFailed = 620001\nNote: Not implemented yet.\nInvalidUserId = 620000\n"))
	if err != nil {
		t.Fatal(err)
	}
	es := p.Entries()
	if len(es) != 2 || es[0].Placeholder || !es[1].Placeholder {
		t.Errorf("%+v", es)
	}
}

// Line endings and encodings of other machines: CR only, UTF-16 with a byte-order mark, and
// Windows-1252 read as the same page.
func TestParseEncodings(t *testing.T) {
	page := "Accounts Controller (601000-601999)\nInvalidEmail = 601004\nNo e-mail value was provided, or it’s malformed.\nUserActivationFailed = 601001\n"
	want := "## Accounts Controller 601000-601999\nInvalidEmail = 601004 | No e-mail value was provided, or it’s malformed.\nUserActivationFailed = 601001 | \n"
	utf16 := func(big bool) string {
		var b []byte
		if big {
			b = []byte{0xfe, 0xff}
		} else {
			b = []byte{0xff, 0xfe}
		}
		for _, r := range strings.ReplaceAll(page, "\n", "\r\n") {
			if big {
				b = append(b, byte(r>>8), byte(r))
			} else {
				b = append(b, byte(r), byte(r>>8))
			}
		}
		return string(b)
	}
	for name, in := range map[string]string{
		"CR only":      strings.ReplaceAll(page, "\n", "\r"),
		"UTF-16 LE":    utf16(false),
		"UTF-16 BE":    utf16(true),
		"Windows-1252": strings.ReplaceAll(page, "’", "\x92"),
	} {
		p, err := Parse(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		if got := summary(p); got != want {
			t.Errorf("%s: got\n%s", name, got)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	for _, name := range []string{"r26.txt", "r26.storage.xhtml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "catalogue", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// A note glued onto a code line is nobody's message: not the entry's before it, nor the next one's
// in a message-first section. The not-implemented note marks the section as on its own line.
func TestNoteGluedOntoACodeLine(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"the not-implemented note, glued",
			"Users Controller (620000-620999)\nUserExistsFailed = 620001Note: Not implemented yet.\nInvalidUserId = 620000\n",
			"## Users Controller 620000-620999 [not implemented]\nUserExistsFailed = 620001 | \nInvalidUserId = 620000 | \n"},
		{"the not-implemented note after a space, then an entry on the same line",
			"Users Controller (620000-620999)\nUserExistsFailed = 620001 Note: Not implemented yet. InvalidUserId = 620000\n",
			"## Users Controller 620000-620999 [not implemented]\nUserExistsFailed = 620001 | \nInvalidUserId = 620000 | \n"},
		{"another note, message after the code line",
			"X Controller (1000-1999)\nA = 1001\nThe a message.\nB = 1002 Note: kept for old clients\nThe b message.\n",
			"## X Controller 1000-1999\nA = 1001 | The a message.\nB = 1002 | The b message.\n"},
		{"another note, message before the code line",
			"X Controller (1000-1999)\nThe a message.\nA = 1001\nThe b message.\nB = 1002 Note: kept for old clients\nThe c message.\nC = 1003\n",
			"## X Controller 1000-1999\nA = 1001 | The a message.\nB = 1002 | The b message.\nC = 1003 | The c message.\n"},
		{"a message that mentions a note is still a message",
			"X Controller (1000-1999)\nA = 1001\nSee the note: it explains.\n",
			"## X Controller 1000-1999\nA = 1001 | See the note: it explains.\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseText(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := summary(p); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
