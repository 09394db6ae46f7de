{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{PREFIX}}/video">Video</a></li><li aria-current="page">{{TITLE}}</li></ol>
</nav>
<article class="article">
  <h1 class="article-title">{{TITLE}}</h1>
  <p class="article-meta"><time>{{DATE}}</time></p>
  {{#YOUTUBE}}<div class="video-frame"><iframe src="https://www.youtube-nocookie.com/embed/{{YOUTUBE_ID}}" title="Video: {{TITLE}}" loading="lazy" allow="accelerometer; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div>{{/YOUTUBE}}
  {{#FILE}}<video class="video-file" controls preload="none"{{#HAS_POSTER}} poster="{{POSTER_URL}}"{{/HAS_POSTER}} src="{{VIDEO_URL}}"><a href="{{VIDEO_URL}}">Tải video về máy</a></video>{{/FILE}}
  {{#UNAVAILABLE}}<p class="empty">Video này hiện không xem được.</p>{{/UNAVAILABLE}}
  <p>{{DESCRIPTION}}</p>
</article>
