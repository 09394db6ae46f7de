{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Tìm kiếm</li></ol>
</nav>
<h1 class="page-title">Tìm kiếm</h1>
<form class="search-page-form" action="{{PREFIX}}/tim-kiem" method="get" role="search">
  <label for="tim-kiem-q">Từ khóa</label>
  <input id="tim-kiem-q" type="search" name="q" value="{{Q}}" maxlength="200">
  {{#HIDDEN}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">{{/HIDDEN}}
  <label class="search-scope"><input type="checkbox" name="pham-vi" value="tat-ca"{{#ALL_SITES}} checked{{/ALL_SITES}}> Tìm trên mọi đơn vị</label>
  <button type="submit">Tìm</button>
</form>
<p class="search-hint">Gõ có dấu hoặc không dấu; đặt cụm từ trong dấu ngoặc kép để tìm đúng cụm từ; gõ số, ký hiệu văn bản (ví dụ 37/2020/TT-BGDĐT) để tìm văn bản đó.</p>
{{#DID_YOU_MEAN}}<p class="search-suggestion">Có phải bạn muốn tìm: <a href="{{SUGGESTION_URL}}">{{SUGGESTION}}</a></p>{{/DID_YOU_MEAN}}
{{#MESSAGE}}<p class="search-message" role="status">{{MESSAGE}}</p>{{/MESSAGE}}
{{#CLEAR}}<p class="search-clear"><a href="{{CLEAR_URL}}">Bỏ mọi bộ lọc</a></p>{{/CLEAR}}
<div class="search-layout">
{{#HAS_FACETS}}<aside class="search-facets" aria-label="Lọc kết quả">
{{#FACET}}<section class="search-facet" aria-labelledby="loc-{{ID}}">
  <h2 id="loc-{{ID}}" class="search-facet-title">{{HEADING}}</h2>
  <ul>{{#VALUE}}<li>{{#CURRENT}}<span class="search-facet-current" aria-current="true">{{LABEL}}</span>{{/CURRENT}}{{#LINK}}<a href="{{URL}}" rel="nofollow">{{LABEL}}</a>{{/LINK}}</li>{{/VALUE}}</ul>
</section>{{/FACET}}
</aside>{{/HAS_FACETS}}
<div class="search-main">
{{#HAS_RESULTS}}<p class="search-count" role="status">Khoảng {{COUNT}} kết quả cho «{{Q}}»</p>
<p class="search-sort">Sắp xếp: {{#SORT}}{{#CURRENT}}<span class="search-sort-current" aria-current="true">{{LABEL}}</span>{{/CURRENT}}{{#LINK}}<a href="{{URL}}" rel="nofollow">{{LABEL}}</a>{{/LINK}} {{/SORT}}</p>
<ol class="search-results">
{{#RESULT}}<li class="search-result">
  <h2 class="search-result-title"><a href="{{URL}}">{{TITLE}}</a></h2>
  <p class="search-result-meta">{{KIND}}{{#HAS_NUMBER}} số {{NUMBER}}{{/HAS_NUMBER}}{{#HAS_DATE}} · {{DATE}}{{/HAS_DATE}}{{#HAS_SITE}} · {{SITE}}{{/HAS_SITE}}</p>
  {{! SNIPPET is escaped by core::search, with <mark> around the matched words. }}<p class="search-result-snippet">{{SNIPPET:none}}</p>
</li>{{/RESULT}}
</ol>
{{#PAGER}}<nav class="pager" aria-label="Trang kết quả">{{#PREV}}<a href="{{PREV_URL}}" rel="prev">« Trang trước</a>{{/PREV}} <span>Trang {{PAGE_NO}}</span> {{#NEXT}}<a href="{{NEXT_URL}}" rel="next">Trang sau »</a>{{/NEXT}}</nav>{{/PAGER}}
{{/HAS_RESULTS}}
</div>
</div>
