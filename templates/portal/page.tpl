{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{PREFIX}}/gioi-thieu">Giới thiệu</a></li><li aria-current="page">{{TITLE}}</li></ol>
</nav>
<div class="article-grid">
<article class="article"{{#HAS_LANG}} lang="{{LANG}}"{{/HAS_LANG}}>
  <h1 class="article-title">{{TITLE}}</h1>
  <div class="article-body">{{BODY:none}}</div>
  {{#HAS_ORG_CHART}}<section class="org-chart" aria-labelledby="so-do-to-chuc">
    <h2 id="so-do-to-chuc" class="section-title">Sơ đồ tổ chức</h2>
    {{>ORG_CHART}}
  </section>{{/HAS_ORG_CHART}}
  {{#HAS_LEADERS}}<ul class="people">
    {{#LEADER}}<li class="person">
      <h2 class="person-name">{{NAME}}</h2>
      <p class="person-position">{{POSITION}}</p>
      {{#HAS_DUTIES}}<p class="person-duties">{{DUTIES}}</p>{{/HAS_DUTIES}}
      <p class="person-contact">{{#PHONE}}Điện thoại: <a href="tel:{{TEL}}">{{PHONE}}</a>{{/PHONE}}{{#EMAIL}} · <a href="mailto:{{EMAIL}}">{{EMAIL}}</a>{{/EMAIL}}</p>
    </li>{{/LEADER}}
  </ul>{{/HAS_LEADERS}}
  <p class="muted">Cập nhật ngày {{UPDATED}}</p>
</article>
<aside class="article-side">
  <nav class="side-box" aria-label="Các trang giới thiệu">
    <h2 class="section-title">Giới thiệu</h2>
    <ul class="side-nav">
      {{#SIBLING}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{TITLE}}</a></li>{{/SIBLING}}
    </ul>
  </nav>
</aside>
</div>
