{{%AUTOESCAPE context="HTML"}}<h1>Cổng nội bộ</h1>
<p class="hint">Thông tin nội bộ chỉ cán bộ của đơn vị xem được sau khi đăng nhập (Quy chế, Điều 15: cổng nội bộ – lớp 2); tin Phòng chia sẻ hiện cho mọi đơn vị trực thuộc. Không hiện trên trang công khai, tìm kiếm, RSS hay sơ đồ trang.</p>
{{#HAS_NOTICE}}<p class="notice" role="status">{{NOTICE}}</p>{{/HAS_NOTICE}}
<p class="actions"><a class="button" href="{{NEW_URL}}">Đăng tin nội bộ</a></p>
<nav class="tabs" aria-label="Loại thông tin"><ul>{{#FILTER}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/FILTER}}</ul></nav>
{{#HAS_WAITING}}<section class="panel"><h2>Chờ duyệt, bị trả lại</h2><ul class="article-rows">{{#WAITING}}<li class="article-row"><a class="row-title" href="{{URL}}">{{TITLE}}</a><span class="row-meta"><span class="status status-{{STATUS}}">{{STATUS_LABEL}}</span> {{KIND_LABEL}} · {{AUTHOR}}</span></li>{{/WAITING}}</ul></section>{{/HAS_WAITING}}
<ul class="article-rows">
  {{#POST}}<li class="article-row"><a class="row-title" href="{{URL}}">{{TITLE}}</a><span class="row-meta">{{KIND_LABEL}} · {{SITE}} · {{AT}}{{#HAS_WHEN}} · {{WHEN}}{{/HAS_WHEN}}{{#FROM_ABOVE}} · <span class="tag">Phòng chia sẻ</span>{{/FROM_ABOVE}}{{#SHARED}} · <span class="tag">Chia sẻ toàn ngành</span>{{/SHARED}}</span></li>{{/POST}}
</ul>
{{#NO_POSTS}}<p class="empty">Chưa có tin nội bộ.</p>{{/NO_POSTS}}
{{#HAS_RESOURCES}}<section class="panel"><h2>Tài liệu nội bộ của thư viện</h2><ul class="article-rows">{{#RESOURCE}}<li class="article-row"><a class="row-title" href="{{URL}}">{{TITLE}}</a><span class="row-meta">{{KIND}} · {{META}}</span></li>{{/RESOURCE}}</ul></section>{{/HAS_RESOURCES}}
