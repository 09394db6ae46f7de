{{%AUTOESCAPE context="HTML"}}<h1>Đơn vị quá hạn trả lời</h1>
<p class="hint">Các đơn vị chưa trả lời công văn đã quá hạn (Quy chế, Điều 8.3: Hiệu trưởng chịu trách nhiệm về thời gian báo cáo phản hồi). Công văn đã thu hồi không tính.</p>
{{#EMPTY}}<p class="empty">Không có đơn vị nào quá hạn.</p>{{/EMPTY}}
{{#HAS_ROWS}}<p><strong>{{N_ROWS}}</strong> lượt quá hạn của <strong>{{N_SITES}}</strong> đơn vị.</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="Đơn vị quá hạn"><table class="table">
  <caption class="visually-hidden">Đơn vị quá hạn, theo hạn trả lời</caption>
  <thead><tr><th scope="col">Đơn vị</th><th scope="col">Công văn</th><th scope="col">Độ khẩn</th><th scope="col">Hạn trả lời</th><th scope="col">Quá hạn</th><th scope="col">Đã xem</th><th scope="col">Nhắc gần nhất</th></tr></thead>
  <tbody>{{#ROW}}<tr class="overdue-row"><th scope="row">{{SITE}}</th><td><a href="{{URL}}">{{NUMBER}}</a> – {{SUBJECT}}</td><td>{{PRIORITY_LABEL}}</td><td>{{DEADLINE}}</td><td>{{LATE_BY}}</td><td>{{OPENED}}</td><td>{{REMINDED}}</td></tr>{{/ROW}}</tbody>
</table></div>{{/HAS_ROWS}}
{{#MORE}}<p class="hint">Chỉ hiện 1000 dòng đầu.</p>{{/MORE}}
