{{%AUTOESCAPE context="HTML"}}<h1>{{TITLE}}</h1>
<p><a href="{{LIST_URL}}">← Danh sách dự thảo</a> · <a href="{{PUBLIC_URL}}">Trang công khai</a></p>
<dl class="facts"><dt>Tình trạng</dt><dd>{{STATE}}</dd><dt>Hạn góp ý</dt><dd>{{CLOSES}}</dd><dt>Số góp ý</dt><dd>{{COUNT}}</dd></dl>
<p class="prewrap">{{SUMMARY}}</p>
<h2>Ý kiến góp ý</h2>
{{#EMPTY}}<p class="empty">Chưa có ý kiến góp ý.</p>{{/EMPTY}}
<ul class="article-rows">{{#COMMENT}}<li class="article-row"><span class="row-title">{{NAME}}{{#HAS_EMAIL}} &lt;{{EMAIL}}&gt;{{/HAS_EMAIL}}</span><span class="row-meta">{{DATE}}</span><p class="prewrap">{{BODY}}</p></li>{{/COMMENT}}</ul>
