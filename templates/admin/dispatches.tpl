{{%AUTOESCAPE context="HTML"}}<h1>Công văn đi</h1>
<p class="actions"><a class="button" href="{{NEW_URL}}">Soạn công văn mới</a> <a class="button secondary" href="{{OVERDUE_URL}}">Đơn vị quá hạn trả lời</a></p>
{{#EMPTY}}<p class="empty">Chưa gửi công văn nào.</p>{{/EMPTY}}
<ul class="article-rows">
  {{#DISPATCH}}<li class="article-row">
    <a class="row-title" href="{{URL}}">{{NUMBER}} – {{SUBJECT}}</a>
    <span class="row-meta"><span class="status priority-{{PRIORITY}}">{{PRIORITY_LABEL}}</span> {{KIND_LABEL}} · gửi {{SENT_AT}}{{#HAS_DEADLINE}} · hạn trả lời {{DEADLINE}}{{/HAS_DEADLINE}}</span>
    <span class="row-meta">{{TOTAL}} đơn vị nhận · {{OPENED}} đã xem · {{REPLIED}} đã trả lời</span>
  </li>{{/DISPATCH}}
</ul>
{{#MORE}}<p><a class="button secondary" href="{{MORE_URL}}">Xem thêm</a></p>{{/MORE}}
