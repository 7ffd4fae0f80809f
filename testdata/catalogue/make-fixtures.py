#!/usr/bin/env python3
"""Builds the page fixtures of `mtapi catalogue import` from codes/*.tsv: r25.txt, the current page as
its copies print it (no change against the catalogue), and, with the edits listed in EDITS below, one page, "r26", in three forms (text copied from the browser, Confluence storage format,
Confluence HTML export), laid out as the real page is (README of the reference data: name-first in
604, 613, 617, 618, 622 and the 404 block; message-first elsewhere), with line breaks lost between
list items in the glued sections, as browser copies lose them.

Run from the repository root: python3 testdata/catalogue/make-fixtures.py
"""
import csv, html, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

def tsv(name):
    with open(os.path.join(ROOT, "codes", name), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l and not l.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, l.split("\t"))) for l in lines[1:]]

rows = [r for r in tsv("catalogue.tsv") if r["state"] != "superseded"]
ctls = {c["controller"]: c for c in tsv("controllers.tsv")}

def entries(label):
    return [[r["name"], int(r["code"]), r["message"]] for r in rows if r["controller"] == label]

def find(es, name):
    return next(e for e in es if e[0] == name)

# The sections in page order: (heading as printed or None, layout, glued, not-implemented, entries).
NF, MF = "name-first", "message-first"
e404 = entries("(heading not visible: 404xxxx)")
generic = entries("Generic/Reusable Statuses - can be used in any controller")
accounts = entries("Accounts Controller")
countries = entries("(heading not visible: 602xxx)")
app = entries("App Controller")
sa = entries("ServiceArtifacts Controller")
artifacts = entries("Artifacts Controller")
invoices = entries("Invoices Controller")
orgs = entries("(heading not visible: 611xxx)")
notices = entries("Notices Controller")
perms = entries("Permissions Controller")
sr = entries("(heading not visible: 617xxx)")
services = entries("Services Controller")
users = entries("Users Controller")

import copy
unedited = copy.deepcopy([e404, generic, accounts, countries, app, sa, artifacts, invoices, orgs, notices, perms, sr, services, users])

# EDITS: what r26 changes. The expected report is in cmd/testdata/catalogue-import-r26.golden.
e404.append(["FormNotFound", 4041015, ""])                                              # added
find(generic, "ArgumentError")[2] = "Operation you tried to perform came across an argument related error"  # message
generic.append(["InvalidPostalCode", 901009, "Must be a valid postal code"])            # added
find(accounts, "GetAppliedPermissionsFailed")[0] = "GetAppliedUserPermissionsFailed"   # renamed
accounts = [e for e in accounts if e[0] != "SetEnrollmentKeyFailed"]                    # removed
accounts.append(["GetAppliedUserFailed", 601017, "Get applied user failed."])          # added
invoices.append(["InvalidInvoiceId", 608001, ""])                                       # added (placeholder)
notices.append(["NoticeTypeNotFound", 612016, "Notice type is not found."])            # added + duplicate
notices.append(["NoticeTypeInvalid", 612016, "Notice type is not valid."])             # added + duplicate
find(services, "RetrievingServiceCatalogFailed")[1] = 618022                            # renumbered
find(services, "InvalidReturnUrl")[2] = "Return url is not valid"                       # message
users.append(["RetrievingPermissionsByUserServiceFailed", 620019, "Retrieving permissions for a user's service has failed"])  # added
reports = [["GetReportFailed", 623001, "Getting a report failed."],                     # new controller + added
           ["ExportReportFailed", 623002, "Exporting a report failed."]]

sections = [
    (None, NF, True, False, e404),
    ("Generic/Reusable Statuses - can be used in any controller (901000-902999)", MF, True, False, generic),
    ("App Controller (603000 - 603999)", MF, True, False, app),
    ("Accounts Controller (601000-601999)", MF, False, False, accounts),
    ("Countries Controller (602000-602999)", MF, True, False, countries),                # heading appears: controller
    ("App Controller (603000-603999)", MF, False, False, []),
    ("ServiceArtifacts Controller (622000-622999)", NF, False, False, sa),
    ("Artifacts Controller (604000-604999)", NF, False, False, artifacts),
    ("Invoices Controller (608000-608999)", NF, False, True, invoices),
    ("Organizations Controller (611000-611999)", MF, False, False, orgs),               # the inferred name: no change
    ("Notices Controller (612000-612999)", MF, True, False, notices),
    ("Permissions Controller (613000-613999)", NF, False, False, perms),
    ("Portal Capabilities Controller (614000-614999)", NF, False, False, []),
    ("Service Requests Controller (617000-617999)", NF, True, False, sr),
    ("Services Controller (618000-618999)", NF, False, False, services),
    ("Service Settings Controller (619000-619999)", NF, False, False, []),
    ("Users Controller (620000-620999)", MF, True, False, users),
    ("Virus Scan Controller (621000-621999)", NF, False, False, []),
    ("Reports Controller (623000-623999)", NF, True, False, reports),                    # new controller
]

INTRO = """Status codes provide extra information when a request is made to the MTAPI. The response code will be provided when a request has been successfully completed.
Response codes
Response code can be categorized as follows:
200s to 500s \u2013 one to one as in HTTP status codes
MTAPI statuses start from 601K
Using 601000 as starting number provides us an opportunity to prefix some errors like \u201cServiceRequestNotFound = 4041001\u201d
Generic reusable MTAPI statuses are in 901000-902999 range
Finding MTAPI Status Codes on a Swagger page
On a Swagger page, one or more MTAPI status codes can be viewed in "Response Headers" section, similar to shown below:"""
JSON = """{
"cache-control": "no-cache",
"content-type": "application/json; charset=utf-8",
"mtapistatus": "-1",
"server": "Microsoft-IIS/8.5"
}"""
AFTER = "In above case \"mtapistatus\": \"-1\", represents \u201cNotSet\u201d."
COMMENTED = [("ServiceRequestNotFound", 4041001, ", // not found errors starts with 404 followed by 4 digit code 1001, leaving an opportunity use sub status codes below 1000"),
             ("UserNotFound", 4041003, ", // not found errors starts with 404 followed by 4 digit code")]

def item_lines(layout, e):
    name, code, msg = e
    entry = f"{name} = {code}" + ("," if 622000 <= code <= 622999 else "")
    if not msg:
        return [entry]
    return [entry, msg] if layout == NF else [msg, entry]

def text():
    out = [INTRO, "Response Headers", JSON, AFTER, "MTAPI Status Codes"]
    for head, layout, glued, ni, es in sections:
        if head:
            out.append(head)
        if ni:
            out.append("Note: Not implemented yet.")
        if glued:
            # A copy that lost the break between list items: each item's last line runs into the
            # next item's first line.
            buf = ""
            for e in es:
                ls = item_lines(layout, e)
                buf += ls[0]
                for l in ls[1:]:
                    out.append(buf)
                    buf = l
            if buf:
                out.append(buf)
        else:
            for e in es:
                out.extend(item_lines(layout, e))
        if head is None:
            out.extend(f"{n} = {c}{comment}" for n, c, comment in COMMENTED)
    return "\n".join(out) + "\n"

def esc(s):
    return html.escape(s, quote=False).replace("'", "&#39;")

def storage(export=False):
    o = []
    for line in INTRO.split("\n"):
        if line in ("Response codes", "Finding MTAPI Status Codes on a Swagger page"):
            o.append(f"<h2>{esc(line)}</h2>")
        else:
            o.append(f"<p>{esc(line)}</p>")
    o.append("<p><strong>Response Headers</strong></p>")
    if export:
        o.append('<div class="code panel pdl" style="border-width: 1px;"><div class="codeContent panelContent pdl">'
                 f'<pre class="syntaxhighlighter-pre" data-syntaxhighlighter-params="brush: js; gutter: false; theme: Confluence" data-theme="Confluence">{esc(JSON)}</pre></div></div>')
    else:
        o.append('<ac:structured-macro ac:name="code" ac:schema-version="1" ac:macro-id="6b1f0d0e-5c1e-4d55-9d7a-2f1a8e6c0c11">'
                 '<ac:parameter ac:name="language">js</ac:parameter><ac:plain-text-body><![CDATA[' + JSON + ']]></ac:plain-text-body></ac:structured-macro>')
    o.append(f"<p>{esc(AFTER)}</p>")
    o.append("<h1>MTAPI Status Codes</h1>")
    for head, layout, glued, ni, es in sections:
        if head:
            o.append(f"<h2>{esc(head)}</h2>")
        if ni:
            if export:
                o.append('<div class="confluence-information-macro confluence-information-macro-information"><span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span>'
                         '<div class="confluence-information-macro-body"><p>Not implemented yet.</p></div></div>')
            else:
                o.append('<ac:structured-macro ac:name="info" ac:schema-version="1" ac:macro-id="0d3c2b1a-1111-4c2d-8e9f-000000000608">'
                         '<ac:parameter ac:name="title">Note</ac:parameter><ac:rich-text-body><p>Not implemented yet.</p></ac:rich-text-body></ac:structured-macro>')
        if es:
            o.append("<ul>")
            for e in es:
                o.append("<li><p>" + "<br />".join(esc(l) for l in item_lines(layout, e)) + "</p></li>")
            o.append("</ul>")
        if head is None:
            body = "\n".join(f"{n} = {c}{comment}" for n, c, comment in COMMENTED)
            if export:
                o.append(f'<div class="code panel pdl"><div class="codeContent panelContent pdl"><pre class="syntaxhighlighter-pre">{esc(body)}</pre></div></div>')
            else:
                o.append('<ac:structured-macro ac:name="code" ac:schema-version="1"><ac:plain-text-body><![CDATA[' + body + "]]></ac:plain-text-body></ac:structured-macro>")
    s = "\n".join(o) + "\n"
    if not export:
        return s
    return f"""<!DOCTYPE html>
<html>
    <head>
        <title>MTAPI : MTAPI status codes</title>
        <link rel="stylesheet" href="styles/site.css" type="text/css" />
        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">
    </head>
    <body class="theme-default aui-theme-default">
        <div id="page">
            <div id="main" class="aui-page-panel">
                <div id="main-header">
                    <div id="breadcrumb-section">
                        <ol id="breadcrumbs">
                            <li class="first"><span><a href="index.html">MTAPI</a></span></li>
                            <li><span><a href="MTAPI-Developer-Guide_1407680512.html">MTAPI Developer Guide</a></span></li>
                        </ol>
                    </div>
                    <h1 id="title-heading" class="pagetitle"><span id="title-text">MTAPI : MTAPI status codes</span></h1>
                </div>
                <div id="content" class="view">
                    <div class="page-metadata">Created by <span class='author'> Jane Doe</span>, last modified on Nov 20, 2026</div>
                    <div id="main-content" class="wiki-content group">
{s}                    </div>
                </div>
            </div>
            <div id="footer" role="contentinfo">
                <section class="footer-body">
                    <p>Document generated by Confluence on Nov 25, 2026 08:00</p>
                    <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>
                </section>
            </div>
        </div>
    </body>
</html>
"""

def r25():
    """The current page as the copies show it: the headings never seen (602, 611, 617, the 404 block)
    left out, so their codes follow another section, and every list glued."""
    (e404_, generic_, accounts_, countries_, app_, sa_, artifacts_, invoices_, orgs_, notices_, perms_, sr_, services_, users_) = unedited
    parts = [
        (None, NF, e404_),
        ("Generic/Reusable Statuses - can be used in any controller (901000-902999)", MF, generic_),
        ("App Controller (603000 - 603999)", MF, app_),
        ("Accounts Controller (601000-601999)", MF, accounts_ + countries_),
        ("App Controller (603000-603999)", MF, []),
        ("ServiceArtifacts Controller (622000-622999)", NF, sa_),
        ("Artifacts Controller (604000-604999)", NF, artifacts_),
        ("Invoices Controller (608000-608999)\nNote: Not implemented yet.", NF, invoices_),
        (None, MF, orgs_),
        ("Notices Controller (612000-612999)", MF, notices_),
        ("Permissions Controller (613000-613999)", NF, perms_),
        ("Portal Capabilities Controller (614000-614999)", NF, []),
        (None, NF, sr_),
        ("Services Controller (618000-618999)", NF, services_),
        ("Service Settings Controller (619000-619999)", NF, []),
        ("Users Controller (620000-620999)", MF, users_),
        ("Virus Scan Controller (621000-621999)", NF, []),
    ]
    out = [INTRO, "Response Headers", JSON, AFTER]
    for head, layout, es in parts:
        if head:
            out.append(head)
        buf = ""
        for e in es:
            ls = item_lines(layout, e)
            buf += ls[0]
            for l in ls[1:]:
                out.append(buf)
                buf = l
        if buf:
            out.append(buf)
    return "\n".join(out) + "\n"

for name, body in (("r26.txt", text()), ("r26.storage.xhtml", storage()), ("r26.export.html", storage(export=True)), ("r25.txt", r25())):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write(body)
