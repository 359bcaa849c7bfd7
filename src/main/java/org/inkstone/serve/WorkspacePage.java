package org.inkstone.serve;

import java.util.List;

/**
 * The page at {@code /}: the WeChat view (the preview page, with its 677 px column and its
 * 复制到公众号 button) and tabs for the web page, the EPUB's chapters and the PDF, each in a frame; a
 * banner with the error when the newest save broke the build; a panel of the current warnings
 * ({@code file:line: message}). It listens on {@code /events}: a rebuilt format's frame is reloaded
 * (its page keeps its scroll position) and the status ({@code /status}) is read again.
 */
final class WorkspacePage {
    private WorkspacePage() {}

    static String page(String inputName, String failure, List<String> warnings) {
        StringBuilder list = new StringBuilder();
        for (String w : warnings) list.append("<li>").append(escape(w)).append("</li>");
        return HTML.replace("{{input}}", escape(inputName))
                .replace("{{error-hidden}}", failure == null ? " hidden" : "")
                .replace("{{error}}", failure == null ? "" : escape(failure))
                .replace("{{count}}", String.valueOf(warnings.size()))
                .replace("{{warnings}}", list.toString());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="zh-Hans">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{input}} · Inkstone 预览</title>
            <style>
            *{box-sizing:border-box}
            html,body{margin:0;height:100%;font:14px/1.5 -apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif;color:#222;background:#f2f2f2}
            body{display:flex;flex-direction:column}
            header{display:flex;align-items:center;gap:12px;padding:6px 12px;background:#fff;border-bottom:1px solid #ddd}
            .brand{font-weight:600}
            #input{color:#666}
            nav{display:flex;gap:4px;margin-left:12px}
            nav button{border:1px solid #ccc;background:#fafafa;padding:4px 12px;border-radius:4px;cursor:pointer}
            nav button.on{background:#07c160;border-color:#07c160;color:#fff}
            #state{margin-left:auto;color:#888;font-size:12px}
            #error{margin:0;padding:8px 12px;background:#fdecea;color:#8a1c13;border-bottom:1px solid #f5c2bd;white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace}
            #error[hidden]{display:none}
            .work{flex:1;display:flex;min-height:0}
            main{flex:1;display:flex;min-width:0}
            .pane{display:none;flex:1;flex-direction:column;min-width:0}
            .pane.on{display:flex}
            .pane select{margin:6px 12px;max-width:420px}
            .pane select[hidden]{display:none}
            iframe{flex:1;border:0;background:#fff;width:100%}
            #pane-wechat iframe{max-width:100%}
            aside{width:300px;overflow:auto;background:#fff;border-left:1px solid #ddd;padding:8px 12px}
            aside h2{font-size:14px;margin:4px 0 8px}
            aside ul{margin:0;padding-left:16px;font:12px/1.4 ui-monospace,monospace;color:#7a5b00}
            aside li{margin-bottom:6px;word-break:break-all}
            </style>
            </head>
            <body>
            <header>
              <span class="brand">Inkstone</span><span id="input">{{input}}</span>
              <nav id="tabs">
                <button type="button" data-tab="wechat" class="on">公众号</button>
                <button type="button" data-tab="html">网页</button>
                <button type="button" data-tab="epub">EPUB</button>
                <button type="button" data-tab="pdf">PDF</button>
              </nav>
              <span id="state">正在构建…</span>
            </header>
            <pre id="error"{{error-hidden}}>{{error}}</pre>
            <div class="work">
            <main>
              <section class="pane on" id="pane-wechat"><select id="wechat-pages" hidden></select><iframe id="wechat-frame" name="wechat-frame" title="公众号预览" src="/wechat"></iframe></section>
              <section class="pane" id="pane-html"><iframe id="html-frame" name="html-frame" title="网页" data-src="/html"></iframe></section>
              <section class="pane" id="pane-epub"><select id="epub-chapters"></select><iframe id="epub-frame" name="epub-frame" title="EPUB"></iframe></section>
              <section class="pane" id="pane-pdf"><iframe id="pdf-frame" name="pdf-frame" title="PDF" data-src="/pdf"></iframe></section>
            </main>
            <aside><h2>警告 <span id="warning-count">{{count}}</span></h2><ul id="warning-list">{{warnings}}</ul></aside>
            </div>
            <script>
            (function(){
              var frames={wechat:document.getElementById('wechat-frame'),html:document.getElementById('html-frame'),
                epub:document.getElementById('epub-frame'),pdf:document.getElementById('pdf-frame')};
              var epubSelect=document.getElementById('epub-chapters'),wechatSelect=document.getElementById('wechat-pages');
              function show(tab){
                document.querySelectorAll('#tabs button').forEach(function(b){b.classList.toggle('on',b.dataset.tab===tab)});
                document.querySelectorAll('.pane').forEach(function(p){p.classList.toggle('on',p.id==='pane-'+tab)});
                var f=frames[tab];
                if(!f.getAttribute('src')&&f.dataset.src)f.setAttribute('src',f.dataset.src);
                if(tab==='epub'&&!f.getAttribute('src')&&epubSelect.value)f.setAttribute('src','/epub/'+epubSelect.value);
                sessionStorage.setItem('inkstone-tab',tab);
                fetch('/viewing?format='+tab).catch(function(){});
              }
              document.querySelectorAll('#tabs button').forEach(function(b){b.addEventListener('click',function(){show(b.dataset.tab)})});
              epubSelect.addEventListener('change',function(){frames.epub.setAttribute('src','/epub/'+epubSelect.value)});
              wechatSelect.addEventListener('change',function(){frames.wechat.setAttribute('src','/wechat/'+wechatSelect.value)});
              function fill(select,values,label){
                var keep=select.value;select.textContent='';
                values.forEach(function(v){var o=document.createElement('option');o.value=v;o.textContent=label(v);select.appendChild(o)});
                if(values.indexOf(keep)>=0)select.value=keep;
              }
              function reload(format){
                var f=frames[format];if(!f||!f.getAttribute('src'))return;
                try{f.contentWindow.location.reload()}catch(e){f.setAttribute('src',f.getAttribute('src'))}
              }
              function refresh(){
                return fetch('/status',{cache:'no-store'}).then(function(r){return r.json()}).then(function(s){
                  var err=document.getElementById('error');
                  if(s.failure){err.textContent=s.failure+'\\n（上一次成功的预览仍在显示；修好后保存即可）';err.hidden=false}else{err.hidden=true;err.textContent=''}
                  var list=document.getElementById('warning-list');list.textContent='';
                  s.warnings.forEach(function(w){var li=document.createElement('li');li.textContent=w;list.appendChild(li)});
                  document.getElementById('warning-count').textContent=String(s.warnings.length);
                  fill(epubSelect,s.epubChapters,function(v){return v.replace(/^.*\\//,'')});
                  fill(wechatSelect,s.wechatPages,function(v){return v});wechatSelect.hidden=s.wechatPages.length===0;
                  if(frames.epub.getAttribute('src')===null&&epubSelect.value&&sessionStorage.getItem('inkstone-tab')==='epub')frames.epub.setAttribute('src','/epub/'+epubSelect.value);
                  document.getElementById('state').textContent=s.failure?'构建失败':(s.round>0?'第 '+s.round+' 次构建':'正在构建…');
                });
              }
              window.__inkstoneEvents=[];
              var es=new EventSource('/events');
              es.onmessage=function(e){var d=JSON.parse(e.data);window.__inkstoneEvents.push(d);if(d.ok)reload(d.format);refresh()};
              show(sessionStorage.getItem('inkstone-tab')||'wechat');
              refresh();
            })();
            </script>
            </body>
            </html>
            """;
}
