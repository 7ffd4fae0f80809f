# audit4's capture (/work/wt/audit4/caps), made with this program against its server on 127.0.0.1:19980:
#   EACH=1 ruby nethttp.rb /list /rep /none
# nethttp.rb: Net::HTTP.start(host, port) { |h| ARGV.each { |p| req = Net::HTTP::Get.new(p);
#   req['mtapistatus'] = '555001'; res = h.request(req); puts "#{res.code} #{res.message}";
#   res.each_header { |k, v| puts "#{k}: #{v}" }; puts } }
