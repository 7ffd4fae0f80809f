hand-made from Burp Suite 'Save items' XML export (base64=false)
