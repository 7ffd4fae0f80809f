hand-made from Gatling debug log of a failed request (logback io.gatling.http.engine.response=DEBUG)
