package headers

import "testing"

const envoySample = "[2026-12-07 16:50:13.101][31][debug][http] [source/common/http/conn_manager_impl.cc:1157] [C4][S1372] request headers complete (end_stream=true):\n" +
	"':path', '/list'\n" +
	"'mtapistatus', '555001'\n" +
	"\n" +
	"[2026-12-07 16:50:13.102][31][debug][router] [source/common/router/router.cc:732] [C4][S1372] router decoding headers:\n" +
	"'mtapistatus', '555001'\n" +
	"\n" +
	"[2026-12-07 16:50:13.114][31][debug][router] [source/common/router/upstream_request.cc:251] [C4][S1372] upstream headers complete: end_stream=false\n" +
	"[2026-12-07 16:50:13.115][31][debug][http] [source/common/http/conn_manager_impl.cc:1847] [C4][S1372] encoding headers via codec (end_stream=false):\n" +
	"':status', '400'\n" +
	"'mtapistatus', '617020,901001'\n" +
	"'x-trace', 'upstream said mtapistatus: 555006'\n" +
	"'server', 'envoy'\n" +
	"\n"

func TestEnvoy(t *testing.T) {
	checkCases(t, []parseCase{
		{"the response encoded to the client counts; the request's maps never", envoySample, "[400|617020,901001]"},
		{"trace level: the upstream's response is a response of its own",
			"[2026-12-07 16:50:13.114][31][trace][router] [source/common/router/upstream_request.cc:269] [Tags: \"ConnectionId\":\"4\",\"StreamId\":\"1372\"] end_stream: false, upstream response headers:\n" +
				"':status', '400'\n'mtapistatus', '617020'\n\n" +
				"[2026-12-07 16:50:13.115][31][debug][http] [source/common/http/conn_manager_impl.cc:1847] [Tags: \"ConnectionId\":\"4\",\"StreamId\":\"1372\"] encoding headers via codec (end_stream=true):\n" +
				"':status', '400'\n'mtapistatus', '617020'\n'server', 'envoy'\n",
			"[400|617020][400|617020]"},
		{"Istio's proxy log",
			"2026-12-07T16:50:13.115000Z\tdebug\tenvoy http\t[C198][S8665] encoding headers via codec (end_stream=false):\n" +
				"':status', '404'\n'mtapistatus', '4041003'\n\n" +
				"2026-12-07T16:50:13.116000Z\tdebug\tenvoy http\t[C198][S8665] request headers complete (end_stream=true):\n" +
				"':path', '/next'\n'mtapistatus', '555001'\n",
			"[404|4041003]"},
		{"a map under a message that names no side counts nothing",
			"[2026-12-07 16:50:13.115][31][debug][filter] [source/extensions/filters/http/lua/lua_filter.cc:40] [C4][S1372] script log: headers:\n" +
				"'mtapistatus', '555009'\n" +
				"[2026-12-07 16:50:13.115][31][debug][http] [source/common/http/conn_manager_impl.cc:1847] [C4][S1372] decoding headers via codec:\n" +
				"':status', '400'\n'mtapistatus', '555010'\n",
			""},
		{"trailers printed apart and a 1xx response count nothing",
			"[2026-12-07 16:50:13.115][31][debug][http] [source/common/http/conn_manager_impl.cc:1820] [C4][S1372] encoding 100 continue headers via codec:\n" +
				"':status', '100'\n'mtapistatus', '555011'\n\n" +
				"[2026-12-07 16:50:13.116][31][debug][http] [source/common/http/filter_manager.cc:1000] [C4][S1372] encoding trailers via codec:\n" +
				"'mtapistatus', '555012'\n",
			""},
		{"the map ends with the next line of the log",
			"[2026-12-07 16:50:13.115][31][debug][http] [source/common/http/conn_manager_impl.cc:1847] [C4][S1372] encoding headers via codec (end_stream=true):\n" +
				"':status', '200'\n'mtapistatus', '-1'\n" +
				"[2026-12-07 16:50:13.116][31][debug][client] [source/common/http/codec_client.cc:128] [C5] response complete\n" +
				"'mtapistatus', '555013'\n",
			"[200|-1]"},
		{"a request alone", "[2026-12-07 16:50:13.101][31][debug][router] [source/common/router/router.cc:732] [C4][S1372] router decoding headers:\n'mtapistatus', '555001'\n", ""},
		{"prose that names the message is not the log", "the proxy said encoding headers via codec (end_stream=false):\n':status', '400'\n'mtapistatus', '555014'\n", ""},
	})
	if got := Claim([]byte(envoySample)); got != "envoy" {
		t.Errorf("Claim = %q", got)
	}
}
