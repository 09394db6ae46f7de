{{%AUTOESCAPE context="HTML"}}<article class="print-article">
  <p class="print-category">{{CATEGORY_NAME}}</p>
  <h1>{{TITLE}}</h1>
  <p class="print-meta"><time datetime="{{DATE_ISO}}">{{DATE}}</time>{{#HAS_AUTHOR}} · {{AUTHOR}}{{/HAS_AUTHOR}}</p>
  <p class="article-summary">{{SUMMARY}}</p>
  {{#COVER}}<figure><img src="{{COVER_URL}}" alt="{{COVER_ALT}}" width="1024" height="576"></figure>{{/COVER}}
  <div class="article-body">{{BODY:none}}</div>
  {{#SOURCE}}<p class="article-source">Nguồn: {{SOURCE_NAME}}{{#HAS_SOURCE_AUTHOR}}, tác giả {{SOURCE_AUTHOR}}{{/HAS_SOURCE_AUTHOR}}{{#HAS_SOURCE_DATE}}, ngày {{SOURCE_DATE}}{{/HAS_SOURCE_DATE}}{{#SOURCE_LINK}} ({{SOURCE_URL}}){{/SOURCE_LINK}}</p>{{/SOURCE}}
  <p class="print-footer">Bài viết tại {{URL}} – in ngày {{PRINTED}}.</p>
</article>
