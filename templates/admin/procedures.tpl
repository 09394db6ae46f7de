{{%AUTOESCAPE context="HTML"}}<h1>Thủ tục hành chính</h1>
<p class="hint">Thủ tục công khai hiện ở trang Thủ tục hành chính. <a href="{{DOCUMENTS_URL}}">Văn bản</a></p>
{{#SAVED}}<p class="notice" role="status">Đã lưu thủ tục.</p>{{/SAVED}}
<p class="actions"><a class="button" href="{{NEW_URL}}">Thêm thủ tục</a></p>
{{#EMPTY}}<p class="empty">Chưa có thủ tục nào.</p>{{/EMPTY}}
<ul class="article-rows">{{#PROCEDURE}}<li class="article-row"><a class="row-title" href="{{URL}}">{{NAME}}</a><span class="row-meta">{{CODE}} · {{FIELD}} · {{STATE}} · {{FORMS}} biểu mẫu</span></li>{{/PROCEDURE}}</ul>
