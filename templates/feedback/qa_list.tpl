{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li>{{#ALL}}<li aria-current="page">Hỏi đáp</li>{{/ALL}}{{#IN_TOPIC}}<li><a href="{{PREFIX}}/hoi-dap">Hỏi đáp</a></li><li aria-current="page">{{TOPIC_NAME}}</li>{{/IN_TOPIC}}</ol>
</nav>
<h1 class="page-title">{{HEADING}}</h1>
<p class="page-lead">Câu hỏi của phụ huynh, học sinh và người dân đã được trả lời. <a href="{{PREFIX}}/gop-y">Gửi câu hỏi mới</a> · <a href="{{PREFIX}}/gop-y/tra-cuu">Tra cứu câu hỏi đã gửi</a></p>
<form class="search-page-form" action="{{PREFIX}}/tim-kiem" method="get" role="search">
  <label for="hoi-dap-q">Tìm trong hỏi đáp và tin bài</label>
  <input id="hoi-dap-q" type="search" name="q" maxlength="200">
  <button type="submit">Tìm</button>
</form>
<nav class="tabs qa-topics" aria-label="Lĩnh vực"><ul>{{#TOPIC}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{NAME}}{{#HAS_COUNT}} ({{COUNT}}){{/HAS_COUNT}}</a></li>{{/TOPIC}}</ul></nav>
{{#EMPTY}}<p class="empty">Chưa có câu hỏi nào được công khai.</p>{{/EMPTY}}
<ul class="qa-list">
  {{#ITEM}}<li class="qa-card">
    <h2 class="qa-title"><a href="{{URL}}">{{TITLE}}</a></h2>
    <p class="qa-meta">{{TOPIC}} · <time datetime="{{ISO}}">{{DATE}}</time></p>
    <p class="qa-excerpt">{{EXCERPT}}</p>
  </li>{{/ITEM}}
</ul>
{{#MORE}}<p><a class="button" href="{{MORE_URL}}">Xem thêm câu hỏi</a></p>{{/MORE}}
