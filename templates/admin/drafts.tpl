{{%AUTOESCAPE context="HTML"}}<h1>Dự thảo lấy ý kiến</h1>
<p class="hint">Dự thảo đăng ở trang Dự thảo với hạn góp ý; ý kiến góp ý chỉ cán bộ đọc được ở đây. <a href="{{DOCUMENTS_URL}}">Văn bản</a></p>
{{#SAVED}}<p class="notice" role="status">Đã đăng dự thảo.</p>{{/SAVED}}
<p class="actions"><a class="button" href="{{NEW_URL}}">Đăng dự thảo</a></p>
{{#EMPTY}}<p class="empty">Chưa có dự thảo nào.</p>{{/EMPTY}}
<ul class="article-rows">{{#DRAFT}}<li class="article-row"><a class="row-title" href="{{URL}}">{{TITLE}}</a><span class="row-meta">{{STATE}} · hạn {{CLOSES}} · {{COMMENTS}} góp ý · <a href="{{PUBLIC_URL}}">trang công khai</a></span></li>{{/DRAFT}}</ul>
