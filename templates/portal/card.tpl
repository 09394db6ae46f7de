{{%AUTOESCAPE context="HTML"}}<article class="card">
  {{#COVER}}<a class="card-media" href="{{URL}}" tabindex="-1" aria-hidden="true"><img src="{{COVER_URL}}" srcset="{{COVER_SRCSET}}" sizes="(min-width: 960px) 360px, (min-width: 600px) 45vw, 100vw" alt="{{COVER_ALT}}" loading="lazy" decoding="async" width="640" height="360"></a>{{/COVER}}
  <div class="card-body">
    <p class="card-meta"><a href="{{CATEGORY_URL}}">{{CATEGORY_NAME}}</a> · <time datetime="{{DATE_ISO}}">{{DATE}}</time></p>
    <h3 class="card-title"><a href="{{URL}}">{{TITLE}}</a></h3>
    <p class="card-summary">{{SUMMARY}}</p>
  </div>
</article>
