{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{PREFIX}}/lich-cong-tac">Lịch công tác</a></li><li><a href="{{PREFIX}}/lich-cong-tac/ke-hoach">Kế hoạch</a></li><li aria-current="page">{{TITLE}}</li></ol>
</nav>
<div class="article-grid">
<article class="article">
  <header class="article-header">
    <h1 class="article-title">{{TITLE}}</h1>
    <p class="article-meta">
      <span class="tag">{{KIND}}</span>
      {{#HAS_PERIOD}}<span>{{PERIOD}}</span>{{/HAS_PERIOD}}
      {{#HAS_NUMBER}}<span>Số: {{NUMBER}}</span>{{/HAS_NUMBER}}
      <span>Đăng lúc <time datetime="{{DATE_ISO}}">{{DATE}}</time></span>
    </p>
  </header>
  {{#HAS_SUMMARY}}<p class="article-summary">{{SUMMARY}}</p>{{/HAS_SUMMARY}}
  <div class="article-body plan-body">{{BODY:none}}</div>
</article>
<aside class="article-side">
  <nav class="side-box" aria-label="Kế hoạch mới đăng">
    <h2 class="section-title">Kế hoạch mới đăng</h2>
    <ul class="side-nav">
      {{#LATEST}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{TITLE}}</a></li>{{/LATEST}}
    </ul>
    <p class="more"><a href="{{PREFIX}}/lich-cong-tac/ke-hoach">Tất cả kế hoạch</a></p>
  </nav>
</aside>
</div>
