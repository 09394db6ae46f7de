{{%AUTOESCAPE context="HTML"}}<h1>Văn bản</h1>
<p class="hint">Văn bản của đơn vị và văn bản đến từ cơ quan cấp trên; văn bản công khai hiện ở <a href="{{PUBLIC_URL}}">trang Văn bản</a>. Xem thêm <a href="{{DRAFTS_URL}}">dự thảo lấy ý kiến</a> và <a href="{{PROCEDURES_URL}}">thủ tục hành chính</a>.</p>
{{#SAVED}}<p class="notice" role="status">Đã lưu văn bản.</p>{{/SAVED}}
<p class="actions"><a class="button" href="{{NEW_URL}}">Thêm văn bản</a></p>
<form method="get" action="{{ACTION}}" class="form" role="search"><p class="field"><label for="q">Tìm theo số, ký hiệu hoặc trích yếu</label><input id="q" name="q" type="search" value="{{Q}}" maxlength="100"></p><div class="actions"><button type="submit" class="button">Tìm</button></div></form>
{{#EMPTY}}<p class="empty">Chưa có văn bản nào.</p>{{/EMPTY}}
<ul class="article-rows">{{#DOC}}<li class="article-row"><a class="row-title" href="{{URL}}">{{NUMBER}} – {{TITLE}}</a><span class="row-meta">{{TYPE}} · {{ISSUER}} · {{DATE}} · {{VALIDITY}} · {{VISIBILITY}} · {{DOWNLOADS}} lượt tải</span></li>{{/DOC}}</ul>
