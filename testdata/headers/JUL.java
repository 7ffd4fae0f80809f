import java.net.*; import java.io.*; import java.util.logging.*;
public class JUL { public static void main(String[] a) throws Exception {
  Logger l=Logger.getLogger("sun.net.www.protocol.http.HttpURLConnection"); l.setLevel(Level.ALL);
  ConsoleHandler h=new ConsoleHandler(); h.setLevel(Level.ALL); l.addHandler(h);
  for (String p: new String[]{"/r1","/list"}) {
   HttpURLConnection c=(HttpURLConnection)new URL(a[0]+p).openConnection(); c.setRequestProperty("mtapistatus","999999");
   System.out.println("code="+c.getResponseCode());
   InputStream in = c.getResponseCode()>=400? c.getErrorStream(): c.getInputStream(); in.readAllBytes();
  }}}
