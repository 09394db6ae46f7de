{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb no-print" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Tra cứu điểm thi</li></ol>
</nav>
<h1 class="page-title no-print">Tra cứu điểm thi</h1>
{{#HAS_MESSAGE}}<p class="form-message" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#RESULT}}<section class="receipt exam-result" aria-labelledby="ket-qua-thi">
  <p class="receipt-site">{{SITE_NAME}}</p>
  <h2 id="ket-qua-thi">{{EXAM}}</h2>
  <dl class="receipt-data">
    <dt>Họ và tên</dt><dd><strong>{{NAME}}</strong></dd>
    <dt>Số báo danh</dt><dd>{{CANDIDATE}}</dd>
    <dt>Ngày sinh</dt><dd>{{DOB}}</dd>
    {{#HAS_SCHOOL}}<dt>Trường</dt><dd>{{SCHOOL}}</dd>{{/HAS_SCHOOL}}
  </dl>
  <table class="score-table">
    <caption>Điểm các môn</caption>
    <thead><tr><th scope="col">Môn</th><th scope="col">Điểm</th></tr></thead>
    <tbody>{{#SCORE}}<tr><th scope="row">{{SUBJECT}}</th><td>{{VALUE}}</td></tr>{{/SCORE}}
    {{#HAS_TOTAL}}<tr class="score-total"><th scope="row">Tổng điểm</th><td>{{TOTAL}}</td></tr>{{/HAS_TOTAL}}</tbody>
  </table>
  {{#HAS_OUTCOME}}<p class="exam-outcome">Kết quả: <strong>{{OUTCOME}}</strong></p>{{/HAS_OUTCOME}}
  <p class="muted">Kết quả tra cứu trực tuyến chỉ có giá trị tham khảo; kết quả chính thức theo thông báo của Hội đồng thi.</p>
  <p class="no-print"><button type="button" class="button" data-print hidden>In kết quả</button></p>
</section>
<script src="/static/js/print.js" defer></script>{{/RESULT}}
{{#NONE_OPEN}}<p class="empty">Hiện chưa có kỳ thi nào mở tra cứu.</p>{{/NONE_OPEN}}
{{#HAS_UPCOMING}}<ul class="upcoming">{{#UPCOMING}}<li>{{NAME}}: mở tra cứu từ {{OPENS}}</li>{{/UPCOMING}}</ul>{{/HAS_UPCOMING}}
{{#HAS_OPEN}}<form class="public-form no-print" method="post" action="{{PREFIX}}/tra-cuu-diem">
  <p class="form-note">Nhập đúng cả số báo danh và ngày sinh của thí sinh.</p>
  <div class="field">
    <label for="ky_thi">Kỳ thi</label>
    <select id="ky_thi" name="ky_thi" required>{{#EXAM}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/EXAM}}</select>
  </div>
  <div class="field{{#HAS_ERROR_so_bao_danh}} has-error{{/HAS_ERROR_so_bao_danh}}">
    <label for="so_bao_danh">Số báo danh</label>
    {{#HAS_ERROR_so_bao_danh}}<p class="field-error" id="so_bao_danh-loi">{{ERROR_so_bao_danh}}</p>{{/HAS_ERROR_so_bao_danh}}
    <input id="so_bao_danh" name="so_bao_danh" value="{{SO_BAO_DANH}}" maxlength="20" required autocomplete="off" autocapitalize="characters"{{#HAS_ERROR_so_bao_danh}} aria-invalid="true" aria-describedby="so_bao_danh-loi"{{/HAS_ERROR_so_bao_danh}}>
  </div>
  <div class="field{{#HAS_ERROR_ngay_sinh}} has-error{{/HAS_ERROR_ngay_sinh}}">
    <label for="ngay_sinh">Ngày sinh</label>
    <p class="field-hint" id="ngay_sinh-goi-y">ngày/tháng/năm, ví dụ 05/09/2012</p>
    {{#HAS_ERROR_ngay_sinh}}<p class="field-error" id="ngay_sinh-loi">{{ERROR_ngay_sinh}}</p>{{/HAS_ERROR_ngay_sinh}}
    <input id="ngay_sinh" name="ngay_sinh" value="{{NGAY_SINH}}" maxlength="10" required inputmode="numeric" autocomplete="bday" aria-describedby="ngay_sinh-goi-y{{#HAS_ERROR_ngay_sinh}} ngay_sinh-loi{{/HAS_ERROR_ngay_sinh}}"{{#HAS_ERROR_ngay_sinh}} aria-invalid="true"{{/HAS_ERROR_ngay_sinh}}>
  </div>
  <p><button type="submit" class="button">Tra cứu</button></p>
</form>{{/HAS_OPEN}}
