{{%AUTOESCAPE context="HTML"}}<p><a href="{{LIST_URL}}">← Các kỳ thi</a></p>
<h1>{{NAME}}</h1>
{{#HAS_ERROR}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>{{/HAS_ERROR}}
{{#HAS_NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>{{/HAS_NOTICE}}
<p>Mã {{CODE}} · {{COUNT}} thí sinh · nhập lần cuối: {{IMPORTED}}</p>
{{#PREVIEW}}<section class="panel" aria-labelledby="xem-truoc"><h2 id="xem-truoc">Xem trước tệp ({{CHARSET}})</h2>
  <p>{{ROWS}} dòng hợp lệ, {{ERRORS}} dòng lỗi.</p>
  {{#HAS_ROW_ERRORS}}<h3>Lỗi từng dòng</h3><ul class="error-list">{{#ROW_ERROR}}<li>{{TEXT}}</li>{{/ROW_ERROR}}</ul>{{#HAS_MORE_ERRORS}}<p>… và {{MORE_ERRORS}} lỗi khác.</p>{{/HAS_MORE_ERRORS}}{{/HAS_ROW_ERRORS}}
  <div class="table-scroll"><table class="table"><caption>20 dòng đầu</caption>
    <thead><tr><th scope="col">Dòng</th><th scope="col">Số báo danh</th><th scope="col">Họ và tên</th><th scope="col">Ngày sinh</th><th scope="col">Trường</th>{{#SUBJECT}}<th scope="col">{{NAME}}</th>{{/SUBJECT}}<th scope="col">Tổng</th><th scope="col">Kết quả</th></tr></thead>
    <tbody>{{#ROW}}<tr><td>{{LINE}}</td><td>{{NUMBER}}</td><td>{{NAME}}</td><td>{{DOB}}</td><td>{{SCHOOL}}</td>{{#SCORE}}<td>{{V}}</td>{{/SCORE}}<td>{{TOTAL}}</td><td>{{RESULT}}</td></tr>{{/ROW}}</tbody>
  </table></div>
  {{#CONFIRM}}<form method="post" action="{{ACTION}}"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="nhap"><input type="hidden" name="tep_tam" value="{{TOKEN}}"><p><button type="submit" class="button">Nhập kết quả ({{N}} thí sinh, thay toàn bộ kết quả cũ)</button></p></form>{{/CONFIRM}}
</section>{{/PREVIEW}}
{{#CAN_MANAGE}}<section class="panel" aria-labelledby="tai-len"><h2 id="tai-len">Tải lên kết quả (CSV)</h2>
  <p class="hint">Dòng đầu là tiêu đề: «Số báo danh», «Họ và tên», «Ngày sinh» (ngày/tháng/năm) bắt buộc; «Trường», «Tổng điểm», «Kết quả» nếu có; mỗi cột khác là điểm một môn (0–10, để trống nếu vắng). Lưu từ Excel dạng «CSV UTF-8»; tệp Windows-1258 cũng đọc được, TCVN3 thì không.</p>
  <form method="post" action="{{ACTION}}" class="form" enctype="multipart/form-data">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="xem-truoc">
    <div class="field"><label for="tep">Tệp CSV</label><input type="file" id="tep" name="tep" accept=".csv,text/csv" required></div>
    <p><button type="submit" class="button">Xem trước</button></p>
  </form>
</section>
<section class="panel" aria-labelledby="thoi-gian"><h2 id="thoi-gian">Thời gian mở tra cứu</h2>
  <form method="post" action="{{ACTION}}" class="form">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="thoi-gian">
    <div class="field"><label for="ten">Tên kỳ thi</label><input type="text" id="ten" name="ten" value="{{NAME}}" maxlength="255"></div>
    <div class="field-row">
      <div class="field"><label for="mo_luc">Mở tra cứu từ</label><input type="datetime-local" id="mo_luc" name="mo_luc" value="{{OPENS}}"></div>
      <div class="field"><label for="dong_luc">Đóng tra cứu lúc (để trống: không đóng)</label><input type="datetime-local" id="dong_luc" name="dong_luc" value="{{CLOSES}}"></div>
    </div>
    <p><button type="submit" class="button">Lưu thời gian</button></p>
  </form>
</section>{{/CAN_MANAGE}}
