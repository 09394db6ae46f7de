{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Tìm kiếm</li></ol>
</nav>
<h1 class="page-title">Tìm kiếm</h1>
<form class="search-page-form" action="{{PREFIX}}/tim-kiem" method="get" role="search">
  <label for="tim-kiem-q">Từ khóa</label>
  <input id="tim-kiem-q" type="search" name="q" value="{{Q}}" maxlength="200">
  <label class="search-scope"><input type="checkbox" name="pham-vi" value="tat-ca"{{#ALL_SITES}} checked{{/ALL_SITES}}> Tìm trên mọi đơn vị</label>
  <button type="submit">Tìm</button>
</form>
<p class="search-hint">Gõ có dấu hoặc không dấu; đặt cụm từ trong dấu ngoặc kép để tìm đúng cụm từ.</p>
{{#MESSAGE}}<p class="search-message" role="status">{{MESSAGE}}</p>{{/MESSAGE}}
{{#HAS_RESULTS}}<p class="search-count" role="status">Khoảng {{COUNT}} kết quả cho «{{Q}}»</p>
<ol class="search-results">
{{#RESULT}}<li class="search-result">
  <h2 class="search-result-title"><a href="{{URL}}">{{TITLE}}</a></h2>
  <p class="search-result-meta">{{KIND}}{{#HAS_DATE}} · {{DATE}}{{/HAS_DATE}}{{#HAS_SITE}} · {{SITE}}{{/HAS_SITE}}</p>
  {{! SNIPPET is escaped by core::search, with <mark> around the matched words. }}<p class="search-result-snippet">{{SNIPPET:none}}</p>
</li>{{/RESULT}}
</ol>
{{#PAGER}}<nav class="pager" aria-label="Trang kết quả">{{#PREV}}<a href="{{PREV_URL}}" rel="prev">« Trang trước</a>{{/PREV}} <span>Trang {{PAGE_NO}}</span> {{#NEXT}}<a href="{{NEXT_URL}}" rel="next">Trang sau »</a>{{/NEXT}}</nav>{{/PAGER}}
{{/HAS_RESULTS}}
