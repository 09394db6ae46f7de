{{%AUTOESCAPE context="HTML"}}<h1>Công văn đến</h1>
<p class="notice">Quy chế, Điều 8: đăng nhập kiểm tra công văn ít nhất 3 lần mỗi ngày, lúc <strong>8:00</strong>, <strong>14:00</strong> và <strong>16:30</strong>. Lần kiểm tra tiếp theo: {{NEXT_CHECK}}.</p>
<nav class="tabs" aria-label="Lọc công văn"><ul>{{#FILTER}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/FILTER}}</ul></nav>
<p class="hint">Xếp theo độ khẩn (Hỏa tốc, Khẩn, Thường), rồi theo hạn trả lời gần nhất.</p>
{{#EMPTY}}<p class="empty">Không có công văn nào.</p>{{/EMPTY}}
<ul class="article-rows">
  {{#DISPATCH}}<li class="article-row{{#UNREAD}} unread{{/UNREAD}}">
    <a class="row-title" href="{{URL}}">{{#UNREAD}}<span class="visually-hidden">Chưa xem: </span>{{/UNREAD}}{{NUMBER}} – {{SUBJECT}}</a>
    <span class="row-meta"><span class="status priority-{{PRIORITY}}">{{PRIORITY_LABEL}}</span> <span class="status receipt-{{STATE}}">{{STATE_LABEL}}</span> {{KIND_LABEL}} của {{FROM}} · {{SENT_AT}}{{#HAS_DEADLINE}} · hạn trả lời {{DEADLINE}}{{/HAS_DEADLINE}}</span>
  </li>{{/DISPATCH}}
</ul>
{{#MORE}}<p class="hint">Chỉ hiện 200 công văn đầu.</p>{{/MORE}}
