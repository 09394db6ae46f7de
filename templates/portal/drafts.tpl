{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Dự thảo lấy ý kiến</li></ol>
</nav>
<h1 class="page-title">Dự thảo lấy ý kiến</h1>
<p class="page-lead">Dự thảo văn bản đang lấy ý kiến góp ý của cán bộ, giáo viên, cha mẹ học sinh và nhân dân. Ý kiến góp ý được gửi đến bộ phận soạn thảo, không đăng công khai.</p>
{{#EMPTY}}<p class="empty">Hiện chưa có dự thảo nào.</p>{{/EMPTY}}
{{#HAS_OPEN}}<h2 class="section-title">Đang lấy ý kiến</h2>
<ul class="doc-list">
  {{#OPEN}}<li class="doc-item"><h3 class="doc-title"><a href="{{URL}}">{{TITLE}}</a></h3><p class="doc-meta">Hạn góp ý: <time datetime="{{CLOSES_ISO}}">{{CLOSES}}</time>{{#HAS_UNIT}} · {{UNIT}}{{/HAS_UNIT}}</p><p>{{SUMMARY}}</p></li>{{/OPEN}}
</ul>{{/HAS_OPEN}}
{{#HAS_CLOSED}}<h2 class="section-title">Đã hết thời gian lấy ý kiến</h2>
<ul class="doc-list">
  {{#CLOSED}}<li class="doc-item"><h3 class="doc-title"><a href="{{URL}}">{{TITLE}}</a></h3><p class="doc-meta">Đã đóng: <time datetime="{{CLOSES_ISO}}">{{CLOSES}}</time></p></li>{{/CLOSED}}
</ul>{{/HAS_CLOSED}}
