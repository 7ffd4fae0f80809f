hand-made from JMeter .jtl XML results (jmeter.save.saveservice.output_format=xml, response_headers=true, requestHeaders=true, response_data=true); CR written as &#xd;
