{{%AUTOESCAPE context="HTML"}}<script src="/static/vendor/quill/quill.js" defer></script>
<script src="/static/js/admin-editor.js" defer></script>
<p><a href="{{INBOX_URL}}">← Hộp thư góp ý</a></p>
<h1>{{SUBJECT}}</h1>
{{#HAS_ERROR}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>{{/HAS_ERROR}}
{{#HAS_NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>{{/HAS_NOTICE}}
<section class="panel" aria-labelledby="thong-tin">
  <h2 id="thong-tin">Góp ý {{CODE}} <span class="status status-{{STATUS}}">{{STATUS_LABEL}}</span>{{#HAS_TIMING}} <strong class="timing {{TIMING_CLASS}}">{{TIMING}}</strong>{{/HAS_TIMING}}</h2>
  <dl class="facts">
    <dt>Người gửi</dt><dd>{{SENDER_NAME}}{{#HAS_EMAIL}} · <a href="mailto:{{SENDER_EMAIL}}">{{SENDER_EMAIL}}</a>{{/HAS_EMAIL}}{{#HAS_PHONE}} · {{SENDER_PHONE}}{{/HAS_PHONE}}</dd>
    <dt>Gửi đến</dt><dd>{{SITE_OF_ITEM}}</dd>
    <dt>Lĩnh vực</dt><dd>{{TOPIC_NAME}}{{#COMPLEX}} · trường hợp phức tạp{{/COMPLEX}}</dd>
    <dt>Tiếp nhận</dt><dd>{{RECEIVED}}</dd>
    <dt>Hạn trả lời</dt><dd>{{DUE}} ({{DAYS}} ngày làm việc)</dd>
  </dl>
  <h3>Nội dung</h3>
  <p class="prewrap">{{CONTENT}}</p>
  {{#QUESTION_FILE}}<p>Tệp đính kèm: <a href="{{URL}}">{{NAME}}</a> ({{SIZE}}, {{MIME}})</p>{{/QUESTION_FILE}}
</section>
{{#CAN_CLASSIFY}}<section class="panel" aria-labelledby="phan-loai">
  <h2 id="phan-loai">Phân loại</h2>
  <form method="post" action="{{ACTION}}" class="form">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="phan-loai">
    <div class="field"><label for="linh_vuc">Lĩnh vực</label><select id="linh_vuc" name="linh_vuc">{{#TOPIC}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TOPIC}}</select></div>
    <div class="field"><label><input type="checkbox" name="phuc_tap" value="1"{{#COMPLEX}} checked{{/COMPLEX}}> Trường hợp phức tạp (hạn 10 ngày làm việc)</label></div>
    <div class="field"><label for="ghi_chu">Ghi chú nội bộ</label><textarea id="ghi_chu" name="ghi_chu" rows="3" maxlength="2000">{{NOTE}}</textarea></div>
    <p><button type="submit" class="button">Lưu phân loại</button></p>
  </form>
</section>
<section class="panel" aria-labelledby="phan-cong">
  <h2 id="phan-cong">Phân công xử lý</h2>
  <form method="post" action="{{ACTION}}" class="form">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="phan-cong">
    <div class="field-row">
      <div class="field"><label for="don_vi">Đơn vị</label><select id="don_vi" name="don_vi"><option value="">— Không chọn —</option>{{#UNIT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/UNIT}}</select></div>
      <div class="field"><label for="nguoi">Người xử lý</label><select id="nguoi" name="nguoi"><option value="">— Không chọn —</option>{{#PERSON}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PERSON}}</select></div>
    </div>
    <p><button type="submit" class="button">Phân công và gửi thư báo</button></p>
  </form>
</section>{{/CAN_CLASSIFY}}
{{#HAS_ANSWER}}<section class="panel" aria-labelledby="da-tra-loi"><h2 id="da-tra-loi">Trả lời đã gửi ({{ANSWERED_AT}})</h2><div class="answer">{{ANSWER_HTML:none}}</div>
{{#ANSWER_FILE}}<p>Tệp trả lời: <a href="{{URL}}">{{NAME}}</a> ({{SIZE}})</p>{{/ANSWER_FILE}}</section>{{/HAS_ANSWER}}
{{#CAN_ANSWER}}<section class="panel" aria-labelledby="tra-loi">
  <h2 id="tra-loi">Trả lời người gửi</h2>
  <form method="post" action="{{ACTION}}" class="form" enctype="multipart/form-data">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="tra-loi">
    <div class="field"><label for="tra_loi_text">Nội dung trả lời</label><textarea id="tra_loi_text" name="tra_loi" rows="10" class="rich-text">{{ANSWER}}</textarea></div>
    <div class="field"><label for="tep">Tệp kèm theo (PDF, DOCX, JPEG, PNG; tối đa 10 MB)</label><input id="tep" name="tep" type="file"></div>
    <p><button type="submit" class="button">Gửi trả lời</button></p>
  </form>
</section>{{/CAN_ANSWER}}
{{#CAN_PUBLISH}}<section class="panel" aria-labelledby="cong-khai">
  <h2 id="cong-khai">Công khai thành hỏi đáp</h2>
  {{#PUBLISHED}}<p>Đang công khai tại <a href="{{QA_URL}}">{{QA_URL}}</a>.</p>{{/PUBLISHED}}
  <p class="hint">Biên tập câu hỏi cho người đọc chung: bỏ họ tên, địa chỉ, số điện thoại, thư điện tử và mọi chi tiết nhận ra người gửi. Câu trả lời được công khai như đã gửi.</p>
  <form method="post" action="{{ACTION}}" class="form">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="cong-khai">
    <div class="field"><label for="tieu_de_cong_khai">Tiêu đề công khai</label><input type="text" id="tieu_de_cong_khai" name="tieu_de_cong_khai" value="{{PUBLIC_TITLE}}" maxlength="200" required></div>
    <div class="field"><label for="cau_hoi_cong_khai">Câu hỏi công khai (đã biên tập)</label><textarea id="cau_hoi_cong_khai" name="cau_hoi_cong_khai" rows="6" maxlength="5000" required>{{PUBLIC_QUESTION}}</textarea></div>
    <p><button type="submit" class="button">Công khai</button></p>
  </form>
  {{#CAN_UNPUBLISH}}<form method="post" action="{{ACTION}}"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="thoi-cong-khai"><button type="submit" class="button secondary">Thôi công khai</button></form>{{/CAN_UNPUBLISH}}
</section>{{/CAN_PUBLISH}}
