{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p><a href="{{BACK_URL}}">Danh sách album</a>{{#HAS_PUBLIC}} · <a href="{{PUBLIC_URL}}">Xem trên cổng</a>{{/HAS_PUBLIC}}</p>
{{#HAS_NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>{{/HAS_NOTICE}}
{{#HAS_ERROR}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>{{/HAS_ERROR}}
{{#HAS_INVALID}}<div class="alert" role="alert"><p>Vui lòng kiểm tra lại các ô được đánh dấu:</p><ul>{{#INVALID_ITEM}}<li>{{TEXT}}</li>{{/INVALID_ITEM}}</ul></div>{{/HAS_INVALID}}
<form method="post" action="{{ACTION}}" class="form" enctype="multipart/form-data">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="field"><label for="tieu_de">Tên album</label><input id="tieu_de" name="tieu_de" type="text" value="{{F_TITLE}}" maxlength="255"{{#HAS_ERROR_tieu_de}} aria-invalid="true" aria-describedby="loi-tieu_de"{{/HAS_ERROR_tieu_de}} required>{{#HAS_ERROR_tieu_de}}<span class="field-error" id="loi-tieu_de">{{ERROR_tieu_de}}</span>{{/HAS_ERROR_tieu_de}}</p>
  <p class="field"><label for="mo_ta">Mô tả</label><textarea id="mo_ta" name="mo_ta" rows="3" maxlength="5000">{{F_DESCRIPTION}}</textarea>{{#HAS_ERROR_mo_ta}}<span class="field-error">{{ERROR_mo_ta}}</span>{{/HAS_ERROR_mo_ta}}</p>
  <p class="field"><label for="ngay_su_kien">Ngày sự kiện</label><input id="ngay_su_kien" name="ngay_su_kien" type="date" value="{{F_DATE}}"{{#HAS_ERROR_ngay_su_kien}} aria-invalid="true" aria-describedby="loi-ngay_su_kien"{{/HAS_ERROR_ngay_su_kien}}>{{#HAS_ERROR_ngay_su_kien}}<span class="field-error" id="loi-ngay_su_kien">{{ERROR_ngay_su_kien}}</span>{{/HAS_ERROR_ngay_su_kien}}</p>
  {{#HAS_PHOTOS}}<fieldset class="fieldset"><legend>Ảnh trong album</legend>
    <ul class="photo-edit">{{#PHOTO}}<li>
      <img src="{{THUMB_URL}}" alt="Ảnh {{N}}: {{CAPTION}}" loading="lazy">
      <p class="field"><label for="chu_thich_{{MID}}">Chú thích ảnh {{N}}</label><input id="chu_thich_{{MID}}" name="chu_thich_{{MID}}" type="text" value="{{CAPTION}}" maxlength="500"></p>
      <p class="field"><label for="thu_tu_{{MID}}">Thứ tự ảnh {{N}}</label><input id="thu_tu_{{MID}}" name="thu_tu_{{MID}}" type="number" min="0" max="100000" value="{{ORDER}}"></p>
      <p><label class="inline"><input type="radio" name="bia" value="{{MID}}"{{#COVER}} checked{{/COVER}}> Ảnh bìa</label> <label class="inline"><input type="checkbox" name="xoa_{{MID}}" value="1"> Bỏ ảnh {{N}} khỏi album</label></p>
    </li>{{/PHOTO}}</ul>
  </fieldset>{{/HAS_PHOTOS}}
  <p class="field"><label for="anh">Thêm ảnh (chọn được nhiều ảnh; JPEG, PNG, WebP, mỗi ảnh tối đa 5 MB)</label><input id="anh" name="anh" type="file" multiple accept="image/jpeg,image/png,image/webp"{{#HAS_ERROR_anh}} aria-invalid="true" aria-describedby="loi-anh"{{/HAS_ERROR_anh}}>{{#HAS_ERROR_anh}}<span class="field-error" id="loi-anh">{{ERROR_anh}}</span>{{/HAS_ERROR_anh}}</p>
  <p class="field"><label for="chu_thich_moi">Chú thích các ảnh mới (mỗi dòng một ảnh, theo thứ tự đã chọn)</label><textarea id="chu_thich_moi" name="chu_thich_moi" rows="3" maxlength="20000">{{F_CAPTIONS}}</textarea></p>
  <p><label class="inline"><input type="checkbox" name="cong_bo" value="1"{{#PUBLISHED}} checked{{/PUBLISHED}}> Công bố trên cổng</label></p>
  <div class="actions"><button type="submit" class="button">Lưu album</button></div>
</form>
{{#CAN_DELETE}}<form method="post" action="{{DELETE_URL}}" class="form"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="button danger">Xóa album</button></form>{{/CAN_DELETE}}
