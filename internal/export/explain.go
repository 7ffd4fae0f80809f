package export

import (
	"strconv"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
)

// explain is what `mtapi decode CODE` says about a number beyond its entries: duplicates, typos,
// placeholders and history. It is the only call into decode, so that the page and the Markdown say
// exactly what decode says, and a change in how decode is reached touches this function only.
func explain(d Data, code int) string {
	cat := d.Catalogue
	if cat == nil {
		cat = codes.Default()
	}
	return decode.Resolve(cat, strconv.Itoa(code)).Detail()
}
