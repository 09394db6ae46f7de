{{%AUTOESCAPE context="HTML"}}<h1>Thư viện tài liệu</h1>
<p class="hint">Giáo án, đề thi, sáng kiến kinh nghiệm, tư liệu dạy học do giáo viên gửi; ban biên tập duyệt trước khi công khai trên <a href="{{PUBLIC_URL}}">thư viện của trang</a> hoặc hiện trong cổng nội bộ.</p>
{{#HAS_NOTICE}}<p class="notice" role="status">{{NOTICE}}</p>{{/HAS_NOTICE}}
<p class="actions"><a class="button" href="{{NEW_URL}}">Gửi tài liệu</a></p>
<nav class="tabs" aria-label="Lọc tài liệu"><ul>{{#FILTER}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/FILTER}}</ul></nav>
{{#EMPTY}}<p class="empty">Không có tài liệu nào.</p>{{/EMPTY}}
<ul class="article-rows">{{#RESOURCE}}<li class="article-row"><a class="row-title" href="{{URL}}">{{TITLE}}</a><span class="row-meta"><span class="status status-{{STATUS}}">{{STATUS_LABEL}}</span> {{VISIBILITY}} · {{META}}</span></li>{{/RESOURCE}}</ul>
