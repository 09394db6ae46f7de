{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{PREFIX}}/album">Thư viện ảnh</a></li><li aria-current="page">{{TITLE}}</li></ol>
</nav>
<h1 class="page-title">{{TITLE}}</h1>
<p class="page-lead">{{#HAS_EVENT_DATE}}Ngày {{EVENT_DATE}} · {{/HAS_EVENT_DATE}}{{COUNT}} ảnh</p>
<p>{{DESCRIPTION}}</p>
{{#EMPTY}}<p class="empty">Album chưa có ảnh.</p>{{/EMPTY}}
<ul class="photo-grid album-photos">
  {{#PHOTO}}<li><figure><a href="{{FULL_URL}}"><img src="{{THUMB_URL}}" srcset="{{THUMB_SRCSET}}" sizes="(min-width: 960px) 380px, (min-width: 600px) 30vw, 50vw" alt="{{CAPTION}}" loading="lazy" decoding="async" width="640" height="360"></a><figcaption>{{CAPTION}}</figcaption></figure></li>{{/PHOTO}}
</ul>
