{{%AUTOESCAPE context="HTML"}}<h1>Góp ý, hỏi đáp</h1>
<section class="panel" aria-labelledby="dung-han">
  <h2 id="dung-han">Tỷ lệ trả lời đúng hạn của đơn vị: <span class="count-n">{{RATE}}</span></h2>
  <p class="muted">{{ON_TIME}} góp ý trả lời đúng hạn trên {{DENOMINATOR}} góp ý đã trả lời hoặc đã quá hạn. Đang chờ xử lý: {{OPEN}}, trong đó quá hạn: {{OPEN_OVERDUE}}. Hạn: 5 ngày làm việc, 10 ngày với trường hợp phức tạp (<a href="{{ADMIN}}/ngay-nghi">lịch ngày nghỉ</a>).</p>
</section>
<nav class="tabs" aria-label="Lọc góp ý"><ul>{{#FILTER}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/FILTER}}</ul></nav>
{{#EMPTY}}<p class="empty">Không có góp ý nào.</p>{{/EMPTY}}
<ul class="article-rows feedback-rows">
  {{#ITEM}}<li class="article-row {{ROW_CLASS}}">
    <a class="row-title" href="{{URL}}">{{SUBJECT}}</a>
    <span class="row-meta"><span class="status status-{{STATUS}}">{{STATUS_LABEL}}</span>{{#HAS_TIMING}} <strong class="timing">{{TIMING}}</strong>{{/HAS_TIMING}} · {{CODE}} · {{TOPIC}}{{#COMPLEX}} · phức tạp{{/COMPLEX}} · nhận {{RECEIVED}} · hạn {{DUE}}{{#HAS_UNIT}} · đơn vị: {{UNIT}}{{/HAS_UNIT}}{{#HAS_PERSON}} · người xử lý: {{PERSON}}{{/HAS_PERSON}}{{#ROUTED}} · chuyển từ {{FROM_SITE}}{{/ROUTED}}</span>
  </li>{{/ITEM}}
</ul>
{{#MORE}}<p><a class="button secondary" href="{{MORE_URL}}">Xem thêm</a></p>{{/MORE}}
