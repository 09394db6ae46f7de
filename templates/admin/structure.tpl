{{%AUTOESCAPE context="HTML"}}<h1>Cấu trúc trang</h1>
<p class="hint">Chuyên mục, menu, trang chủ, liên kết và thông tin liên hệ mà trang công khai hiển thị. Thay đổi hiện trên trang công khai sau vài giây.</p>
<nav class="tabs" aria-label="Các phần của cấu trúc trang"><ul>{{#TAB}}<li><a href="{{TAB_URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{TAB_NAME}}</a></li>{{/TAB}}</ul></nav>
{{#HAS_ERROR}}<div class="alert" role="alert"><p>{{MESSAGE}}</p><ul class="error-list">{{#ERROR}}<li>{{ERROR_TEXT}}</li>{{/ERROR}}</ul></div>{{/HAS_ERROR}}
{{#HAS_NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>{{/HAS_NOTICE}}

{{#TAB_CATEGORIES}}<h2>Chuyên mục</h2>
{{#NO_CATEGORIES}}<p class="empty">Trang chưa có chuyên mục nào.</p>{{/NO_CATEGORIES}}
<div class="table-scroll"><table class="table">
  <caption class="visually-hidden">Các chuyên mục theo thứ tự hiển thị</caption>
  <thead><tr><th scope="col">Tên</th><th scope="col">Đường dẫn</th><th scope="col">Bài viết</th><th scope="col">Trạng thái</th>{{#CAN_CATEGORIES}}<th scope="col">Thao tác</th>{{/CAN_CATEGORIES}}</tr></thead>
  <tbody>{{#CATEGORY}}<tr>
    <td>{{NAME}}{{#HAS_PARENT}} <span class="hint">(thuộc {{PARENT}})</span>{{/HAS_PARENT}}</td>
    <td><a href="{{PUBLIC_URL}}">/tin-tuc/{{SLUG}}</a></td>
    <td>{{ARTICLES}}</td>
    <td>{{#IS_SHOWN}}Hiện{{/IS_SHOWN}}{{#IS_HIDDEN}}Ẩn{{/IS_HIDDEN}}{{#IS_NOTICE}}, thông báo{{/IS_NOTICE}}</td>
    {{#CAN_CATEGORIES}}<td>
      <a class="button secondary" href="{{EDIT_URL}}">Sửa<span class="visually-hidden"> chuyên mục {{NAME}}</span></a>
      <form class="inline-form" method="post" action="{{ADMIN}}/cau-truc/chuyen-muc"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><button type="submit" class="button secondary" name="thao_tac" value="len">Lên<span class="visually-hidden"> chuyên mục {{NAME}}</span></button> <button type="submit" class="button secondary" name="thao_tac" value="xuong">Xuống<span class="visually-hidden"> chuyên mục {{NAME}}</span></button> <button type="submit" class="button danger" name="thao_tac" value="xoa">Xóa<span class="visually-hidden"> chuyên mục {{NAME}}</span></button></form>
    </td>{{/CAN_CATEGORIES}}
  </tr>{{/CATEGORY}}</tbody>
</table></div>
{{#CAN_CATEGORIES}}<section class="panel" aria-labelledby="sua-chuyen-muc"><h2 id="sua-chuyen-muc">{{#NEW_CATEGORY}}Thêm chuyên mục{{/NEW_CATEGORY}}{{#EDIT_CATEGORY}}Sửa chuyên mục “{{EDIT_NAME}}”{{/EDIT_CATEGORY}}</h2>
<form method="post" action="{{ADMIN}}/cau-truc/chuyen-muc" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#NEW_CATEGORY}}<input type="hidden" name="thao_tac" value="tao">{{/NEW_CATEGORY}}
  {{#EDIT_CATEGORY}}<input type="hidden" name="thao_tac" value="sua"><input type="hidden" name="id" value="{{EDIT_ID}}">{{/EDIT_CATEGORY}}
  <div class="field"><label for="ten">Tên chuyên mục</label><input type="text" id="ten" name="ten" value="{{V_ten}}" maxlength="255" required{{#ERR_ten}} aria-invalid="true" aria-describedby="ten-loi"{{/ERR_ten}}>{{#ERR_ten}}<p class="field-error" id="ten-loi">{{ERR_ten}}</p>{{/ERR_ten}}</div>
  <div class="field"><label for="slug">Đường dẫn (để trống: tạo từ tên)</label><input type="text" id="slug" name="slug" value="{{V_slug}}" maxlength="100" aria-describedby="slug-goi-y{{#ERR_slug}} slug-loi{{/ERR_slug}}"{{#ERR_slug}} aria-invalid="true"{{/ERR_slug}}><p class="hint" id="slug-goi-y">Chữ thường không dấu, chữ số, dấu gạch ngang. Đổi đường dẫn thì địa chỉ cũ vẫn chuyển tới địa chỉ mới.</p>{{#ERR_slug}}<p class="field-error" id="slug-loi">{{ERR_slug}}</p>{{/ERR_slug}}</div>
  <div class="field"><label for="mo_ta">Mô tả</label><textarea id="mo_ta" name="mo_ta" rows="2" maxlength="500"{{#ERR_mo_ta}} aria-invalid="true" aria-describedby="mo_ta-loi"{{/ERR_mo_ta}}>{{V_mo_ta}}</textarea>{{#ERR_mo_ta}}<p class="field-error" id="mo_ta-loi">{{ERR_mo_ta}}</p>{{/ERR_mo_ta}}</div>
  <div class="field"><label><input type="checkbox" name="thong_bao" value="1"{{#C_thong_bao}} checked{{/C_thong_bao}}> Chuyên mục thông báo (bài hiện ở khối Thông báo trên trang chủ)</label></div>
  <div class="field"><label><input type="checkbox" name="trang_chu" value="1"{{#C_trang_chu}} checked{{/C_trang_chu}}> Hiện thành một khối trên trang chủ</label></div>
  <div class="field"><label><input type="checkbox" name="an" value="1"{{#C_an}} checked{{/C_an}}> Ẩn khỏi danh sách chuyên mục, sơ đồ trang và trang chủ</label></div>
  <p><button type="submit" class="button">{{#NEW_CATEGORY}}Thêm chuyên mục{{/NEW_CATEGORY}}{{#EDIT_CATEGORY}}Lưu chuyên mục{{/EDIT_CATEGORY}}</button>{{#EDIT_CATEGORY}} <a href="{{ADMIN}}/cau-truc">Thôi sửa</a>{{/EDIT_CATEGORY}}</p>
</form></section>{{/CAN_CATEGORIES}}{{/TAB_CATEGORIES}}

{{#TAB_MENU}}<h2>Menu chính</h2>
{{#DEFAULT_MENU}}<p class="empty">Trang đang dùng menu mặc định (Trang chủ, Giới thiệu, Tin tức, Lịch công tác, Thư viện ảnh, Video, Danh bạ, Liên kết, Liên hệ). Thêm một mục bên dưới, hoặc bắt đầu từ menu mặc định:</p>
<form method="post" action="{{ADMIN}}/cau-truc/menu"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="button secondary" name="thao_tac" value="mac-dinh">Tạo menu riêng từ menu mặc định</button></form>{{/DEFAULT_MENU}}
<ol class="structure-tree">{{#MENU}}<li>
  <div class="structure-row"><span class="structure-label">{{LABEL}}</span> <span class="hint break">{{URL}}</span></div>
  <div class="structure-actions"><a class="button secondary" href="{{EDIT_URL}}">Sửa<span class="visually-hidden"> mục {{LABEL}}</span></a>
  <form class="inline-form" method="post" action="{{ADMIN}}/cau-truc/menu"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><button type="submit" class="button secondary" name="thao_tac" value="len">Lên<span class="visually-hidden"> mục {{LABEL}}</span></button> <button type="submit" class="button secondary" name="thao_tac" value="xuong">Xuống<span class="visually-hidden"> mục {{LABEL}}</span></button> <button type="submit" class="button danger" name="thao_tac" value="xoa">Xóa<span class="visually-hidden"> mục {{LABEL}}</span></button></form></div>
  {{#HAS_CHILDREN}}<ol>{{#CHILD}}<li>
    <div class="structure-row"><span class="structure-label">{{LABEL}}</span> <span class="hint break">{{URL}}</span></div>
    <div class="structure-actions"><a class="button secondary" href="{{EDIT_URL}}">Sửa<span class="visually-hidden"> mục {{LABEL}}</span></a>
    <form class="inline-form" method="post" action="{{ADMIN}}/cau-truc/menu"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><button type="submit" class="button secondary" name="thao_tac" value="len">Lên<span class="visually-hidden"> mục {{LABEL}}</span></button> <button type="submit" class="button secondary" name="thao_tac" value="xuong">Xuống<span class="visually-hidden"> mục {{LABEL}}</span></button> <button type="submit" class="button danger" name="thao_tac" value="xoa">Xóa<span class="visually-hidden"> mục {{LABEL}}</span></button></form></div>
  </li>{{/CHILD}}</ol>{{/HAS_CHILDREN}}
</li>{{/MENU}}</ol>
<section class="panel" aria-labelledby="sua-menu"><h2 id="sua-menu">{{#NEW_MENU}}Thêm mục menu{{/NEW_MENU}}{{#EDIT_MENU}}Sửa mục “{{EDIT_NAME}}”{{/EDIT_MENU}}</h2>
<form method="post" action="{{ADMIN}}/cau-truc/menu" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#NEW_MENU}}<input type="hidden" name="thao_tac" value="tao">{{/NEW_MENU}}
  {{#EDIT_MENU}}<input type="hidden" name="thao_tac" value="sua"><input type="hidden" name="id" value="{{EDIT_ID}}">{{/EDIT_MENU}}
  <div class="field"><label for="nhan">Tên mục</label><input type="text" id="nhan" name="nhan" value="{{V_nhan}}" maxlength="100" required{{#ERR_nhan}} aria-invalid="true" aria-describedby="nhan-loi"{{/ERR_nhan}}>{{#ERR_nhan}}<p class="field-error" id="nhan-loi">{{ERR_nhan}}</p>{{/ERR_nhan}}</div>
  <div class="field"><label for="cha">Mục cấp trên</label><select id="cha" name="cha"{{#ERR_cha}} aria-invalid="true" aria-describedby="cha-loi"{{/ERR_cha}}><option value="">(Không – mục cấp trên cùng)</option>{{#PARENT_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PARENT_OPTION}}</select>{{#ERR_cha}}<p class="field-error" id="cha-loi">{{ERR_cha}}</p>{{/ERR_cha}}</div>
  <fieldset class="fieldset"><legend>Dẫn tới</legend>
    {{#ERR_loai}}<p class="field-error" id="loai-loi">{{ERR_loai}}</p>{{/ERR_loai}}
    <div class="field"><label><input type="radio" name="loai" value="chuyen-muc"{{#KIND_chuyen_muc}} checked{{/KIND_chuyen_muc}}> Một chuyên mục</label>
      <label for="chuyen_muc">Chuyên mục</label><select id="chuyen_muc" name="chuyen_muc"{{#ERR_chuyen_muc}} aria-invalid="true" aria-describedby="chuyen_muc-loi"{{/ERR_chuyen_muc}}><option value="">(Chọn chuyên mục)</option>{{#CATEGORY_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CATEGORY_OPTION}}</select>{{#ERR_chuyen_muc}}<p class="field-error" id="chuyen_muc-loi">{{ERR_chuyen_muc}}</p>{{/ERR_chuyen_muc}}</div>
    <div class="field"><label><input type="radio" name="loai" value="gioi-thieu"{{#KIND_gioi_thieu}} checked{{/KIND_gioi_thieu}}> Một trang giới thiệu</label>
      <label for="trang_gioi_thieu">Trang giới thiệu</label><select id="trang_gioi_thieu" name="trang_gioi_thieu"{{#ERR_trang_gioi_thieu}} aria-invalid="true" aria-describedby="trang_gioi_thieu-loi"{{/ERR_trang_gioi_thieu}}><option value="">(Chọn trang)</option>{{#PAGE_OPTION}}<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>{{/PAGE_OPTION}}</select>{{#ERR_trang_gioi_thieu}}<p class="field-error" id="trang_gioi_thieu-loi">{{ERR_trang_gioi_thieu}}</p>{{/ERR_trang_gioi_thieu}}</div>
    <div class="field"><label><input type="radio" name="loai" value="trang"{{#KIND_trang}} checked{{/KIND_trang}}> Một trang có sẵn của cổng</label>
      <label for="trang">Trang có sẵn</label><select id="trang" name="trang"{{#ERR_trang}} aria-invalid="true" aria-describedby="trang-loi"{{/ERR_trang}}><option value="">(Chọn trang)</option>{{#BUILTIN_OPTION}}<option value="{{KEY}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BUILTIN_OPTION}}</select>{{#ERR_trang}}<p class="field-error" id="trang-loi">{{ERR_trang}}</p>{{/ERR_trang}}</div>
    <div class="field"><label><input type="radio" name="loai" value="ngoai"{{#KIND_ngoai}} checked{{/KIND_ngoai}}> Một địa chỉ ngoài</label>
      <label for="url">Địa chỉ (http:// hoặc https://)</label><input type="url" id="url" name="url" value="{{V_url}}" maxlength="1000"{{#ERR_url}} aria-invalid="true" aria-describedby="url-loi"{{/ERR_url}}>{{#ERR_url}}<p class="field-error" id="url-loi">{{ERR_url}}</p>{{/ERR_url}}</div>
  </fieldset>
  <p><button type="submit" class="button">{{#NEW_MENU}}Thêm mục{{/NEW_MENU}}{{#EDIT_MENU}}Lưu mục{{/EDIT_MENU}}</button>{{#EDIT_MENU}} <a href="{{ADMIN}}/cau-truc/menu">Thôi sửa</a>{{/EDIT_MENU}}</p>
</form></section>{{/TAB_MENU}}

{{#TAB_HOME}}<h2>Trang chủ</h2>
<section class="panel" aria-labelledby="khoi-chuyen-muc"><h3 id="khoi-chuyen-muc">Khối chuyên mục</h3>
<p class="hint">Các khối tin theo chuyên mục trên trang chủ, theo thứ tự dưới đây (tối đa 8 khối). Chuyên mục thông báo hiện ở khối Thông báo riêng.</p>
{{#NO_BLOCKS}}<p class="empty">Trang chủ chưa hiện khối chuyên mục nào.</p>{{/NO_BLOCKS}}
<ol class="structure-tree">{{#BLOCK}}<li><span class="structure-label">{{NAME}}</span>
  <form class="inline-form" method="post" action="{{ADMIN}}/cau-truc/trang-chu"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><button type="submit" class="button secondary" name="thao_tac" value="len">Lên<span class="visually-hidden"> khối {{NAME}}</span></button> <button type="submit" class="button secondary" name="thao_tac" value="xuong">Xuống<span class="visually-hidden"> khối {{NAME}}</span></button> <button type="submit" class="button secondary" name="thao_tac" value="an-khoi">Thôi hiện<span class="visually-hidden"> khối {{NAME}}</span></button></form>
</li>{{/BLOCK}}</ol>
<ul class="structure-tree">{{#OFF_BLOCK}}<li><span class="structure-label">{{NAME}}</span> <span class="hint">(không hiện)</span>
  <form class="inline-form" method="post" action="{{ADMIN}}/cau-truc/trang-chu"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><button type="submit" class="button secondary" name="thao_tac" value="hien-khoi">Hiện<span class="visually-hidden"> khối {{NAME}}</span> trên trang chủ</button></form>
</li>{{/OFF_BLOCK}}</ul>
</section>
<section class="panel" aria-labelledby="noi-dung-trang-chu"><h3 id="noi-dung-trang-chu">Lời chào, bảng màu, ảnh bìa</h3>
<form method="post" action="{{ADMIN}}/cau-truc/trang-chu" class="form" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="luu">
  <div class="field"><label for="loi_chao">Lời chào</label><textarea id="loi_chao" name="loi_chao" rows="2" maxlength="500"{{#ERR_loi_chao}} aria-invalid="true" aria-describedby="loi_chao-loi"{{/ERR_loi_chao}}>{{V_loi_chao}}</textarea>{{#ERR_loi_chao}}<p class="field-error" id="loi_chao-loi">{{ERR_loi_chao}}</p>{{/ERR_loi_chao}}</div>
  <div class="field-row">
    <div class="field"><label for="giao_dien">Bảng màu</label><select id="giao_dien" name="giao_dien"{{#ERR_giao_dien}} aria-invalid="true" aria-describedby="giao_dien-loi"{{/ERR_giao_dien}}>{{#THEME_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/THEME_OPTION}}</select>{{#ERR_giao_dien}}<p class="field-error" id="giao_dien-loi">{{ERR_giao_dien}}</p>{{/ERR_giao_dien}}</div>
    <div class="field"><label for="so_noi_bat">Số tin nổi bật</label><input type="number" id="so_noi_bat" name="so_noi_bat" value="{{V_so_noi_bat}}" min="1" max="12" required{{#ERR_so_noi_bat}} aria-invalid="true" aria-describedby="so_noi_bat-loi"{{/ERR_so_noi_bat}}>{{#ERR_so_noi_bat}}<p class="field-error" id="so_noi_bat-loi">{{ERR_so_noi_bat}}</p>{{/ERR_so_noi_bat}}</div>
    <div class="field"><label for="so_tin_khoi">Số tin mỗi khối chuyên mục</label><input type="number" id="so_tin_khoi" name="so_tin_khoi" value="{{V_so_tin_khoi}}" min="1" max="12" required{{#ERR_so_tin_khoi}} aria-invalid="true" aria-describedby="so_tin_khoi-loi"{{/ERR_so_tin_khoi}}>{{#ERR_so_tin_khoi}}<p class="field-error" id="so_tin_khoi-loi">{{ERR_so_tin_khoi}}</p>{{/ERR_so_tin_khoi}}</div>
  </div>
  {{#HAS_BANNER}}<figure class="structure-banner"><img src="{{BANNER_URL}}" alt="{{BANNER_ALT}}"><figcaption>Ảnh bìa hiện tại</figcaption></figure>
  <div class="field"><label><input type="checkbox" name="xoa_anh" value="1"> Bỏ ảnh bìa</label></div>{{/HAS_BANNER}}
  <div class="field"><label for="anh_bia">Ảnh bìa mới (JPEG, PNG hoặc WebP, tối đa 10 MB; rộng 1200 × cao 200 điểm ảnh là vừa)</label><input type="file" id="anh_bia" name="anh_bia" accept="image/jpeg,image/png,image/webp"{{#ERR_anh_bia}} aria-invalid="true" aria-describedby="anh_bia-loi"{{/ERR_anh_bia}}>{{#ERR_anh_bia}}<p class="field-error" id="anh_bia-loi">{{ERR_anh_bia}}</p>{{/ERR_anh_bia}}</div>
  <div class="field"><label for="mo_ta_anh">Mô tả ảnh bìa</label><input type="text" id="mo_ta_anh" name="mo_ta_anh" value="{{V_mo_ta_anh}}" maxlength="255"{{#ERR_mo_ta_anh}} aria-invalid="true" aria-describedby="mo_ta_anh-loi"{{/ERR_mo_ta_anh}}>{{#ERR_mo_ta_anh}}<p class="field-error" id="mo_ta_anh-loi">{{ERR_mo_ta_anh}}</p>{{/ERR_mo_ta_anh}}</div>
  <p><button type="submit" class="button">Lưu trang chủ</button></p>
</form></section>{{/TAB_HOME}}

{{#TAB_LINKS}}<h2>Liên kết</h2>
<p class="hint">Các liên kết hiện ở trang Liên kết; liên kết đánh dấu “trang chủ” hiện thêm ở khối Liên kết của trang chủ.</p>
{{#NO_LINKS}}<p class="empty">Trang chưa có liên kết nào.</p>{{/NO_LINKS}}
<div class="table-scroll"><table class="table">
  <caption class="visually-hidden">Các liên kết theo thứ tự hiển thị</caption>
  <thead><tr><th scope="col">Nhóm</th><th scope="col">Tên</th><th scope="col">Địa chỉ</th><th scope="col">Trang chủ</th><th scope="col">Thao tác</th></tr></thead>
  <tbody>{{#LINK}}<tr><td>{{GROUP}}</td><td>{{TITLE}}</td><td class="break">{{URL}}</td><td>{{#ON_HOME}}Có{{/ON_HOME}}</td>
    <td><a class="button secondary" href="{{EDIT_URL}}">Sửa<span class="visually-hidden"> liên kết {{TITLE}}</span></a>
    <form class="inline-form" method="post" action="{{ADMIN}}/cau-truc/lien-ket"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><button type="submit" class="button secondary" name="thao_tac" value="len">Lên<span class="visually-hidden"> liên kết {{TITLE}}</span></button> <button type="submit" class="button secondary" name="thao_tac" value="xuong">Xuống<span class="visually-hidden"> liên kết {{TITLE}}</span></button> <button type="submit" class="button danger" name="thao_tac" value="xoa">Xóa<span class="visually-hidden"> liên kết {{TITLE}}</span></button></form></td></tr>{{/LINK}}</tbody>
</table></div>
<section class="panel" aria-labelledby="sua-lien-ket"><h2 id="sua-lien-ket">{{#NEW_LINK}}Thêm liên kết{{/NEW_LINK}}{{#EDIT_LINK}}Sửa liên kết “{{EDIT_NAME}}”{{/EDIT_LINK}}</h2>
<form method="post" action="{{ADMIN}}/cau-truc/lien-ket" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#NEW_LINK}}<input type="hidden" name="thao_tac" value="tao">{{/NEW_LINK}}
  {{#EDIT_LINK}}<input type="hidden" name="thao_tac" value="sua"><input type="hidden" name="id" value="{{EDIT_ID}}">{{/EDIT_LINK}}
  <div class="field"><label for="nhom">Nhóm</label><input type="text" id="nhom" name="nhom" value="{{V_nhom}}" maxlength="100" required{{#ERR_nhom}} aria-invalid="true" aria-describedby="nhom-loi"{{/ERR_nhom}}>{{#ERR_nhom}}<p class="field-error" id="nhom-loi">{{ERR_nhom}}</p>{{/ERR_nhom}}</div>
  <div class="field"><label for="ten">Tên liên kết</label><input type="text" id="ten" name="ten" value="{{V_ten}}" maxlength="255" required{{#ERR_ten}} aria-invalid="true" aria-describedby="ten-loi"{{/ERR_ten}}>{{#ERR_ten}}<p class="field-error" id="ten-loi">{{ERR_ten}}</p>{{/ERR_ten}}</div>
  <div class="field"><label for="url">Địa chỉ (http:// hoặc https://)</label><input type="url" id="url" name="url" value="{{V_url}}" maxlength="1000" required{{#ERR_url}} aria-invalid="true" aria-describedby="url-loi"{{/ERR_url}}>{{#ERR_url}}<p class="field-error" id="url-loi">{{ERR_url}}</p>{{/ERR_url}}</div>
  <div class="field"><label for="mo_ta">Mô tả</label><input type="text" id="mo_ta" name="mo_ta" value="{{V_mo_ta}}" maxlength="500"{{#ERR_mo_ta}} aria-invalid="true" aria-describedby="mo_ta-loi"{{/ERR_mo_ta}}>{{#ERR_mo_ta}}<p class="field-error" id="mo_ta-loi">{{ERR_mo_ta}}</p>{{/ERR_mo_ta}}</div>
  <div class="field"><label><input type="checkbox" name="trang_chu" value="1"{{#C_trang_chu}} checked{{/C_trang_chu}}> Hiện ở khối Liên kết của trang chủ</label></div>
  <p><button type="submit" class="button">{{#NEW_LINK}}Thêm liên kết{{/NEW_LINK}}{{#EDIT_LINK}}Lưu liên kết{{/EDIT_LINK}}</button>{{#EDIT_LINK}} <a href="{{ADMIN}}/cau-truc/lien-ket">Thôi sửa</a>{{/EDIT_LINK}}</p>
</form></section>{{/TAB_LINKS}}

{{#TAB_CONTACT}}<h2>Thông tin liên hệ</h2>
<p class="hint">Hiện ở chân mọi trang và ở trang <a href="{{PUBLIC_CONTACT}}">Liên hệ</a>.</p>
<form method="post" action="{{ADMIN}}/cau-truc/lien-he" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="luu">
  <fieldset class="fieldset"><legend>Cơ quan</legend>
  <div class="field"><label for="dia_chi">Địa chỉ</label><input type="text" id="dia_chi" name="dia_chi" value="{{V_dia_chi}}" maxlength="255"{{#ERR_dia_chi}} aria-invalid="true" aria-describedby="dia_chi-loi"{{/ERR_dia_chi}}>{{#ERR_dia_chi}}<p class="field-error" id="dia_chi-loi">{{ERR_dia_chi}}</p>{{/ERR_dia_chi}}</div>
  <div class="field-row">
  <div class="field"><label for="dien_thoai">Điện thoại</label><input type="tel" id="dien_thoai" name="dien_thoai" value="{{V_dien_thoai}}" maxlength="64"{{#ERR_dien_thoai}} aria-invalid="true" aria-describedby="dien_thoai-loi"{{/ERR_dien_thoai}}>{{#ERR_dien_thoai}}<p class="field-error" id="dien_thoai-loi">{{ERR_dien_thoai}}</p>{{/ERR_dien_thoai}}</div>
  <div class="field"><label for="duong_day_nong">Đường dây nóng</label><input type="tel" id="duong_day_nong" name="duong_day_nong" value="{{V_duong_day_nong}}" maxlength="64"{{#ERR_duong_day_nong}} aria-invalid="true" aria-describedby="duong_day_nong-loi"{{/ERR_duong_day_nong}}>{{#ERR_duong_day_nong}}<p class="field-error" id="duong_day_nong-loi">{{ERR_duong_day_nong}}</p>{{/ERR_duong_day_nong}}</div>
  <div class="field"><label for="fax">Fax</label><input type="tel" id="fax" name="fax" value="{{V_fax}}" maxlength="64"{{#ERR_fax}} aria-invalid="true" aria-describedby="fax-loi"{{/ERR_fax}}>{{#ERR_fax}}<p class="field-error" id="fax-loi">{{ERR_fax}}</p>{{/ERR_fax}}</div>
  </div>
  <div class="field"><label for="email">Thư điện tử</label><input type="email" id="email" name="email" value="{{V_email}}" maxlength="255"{{#ERR_email}} aria-invalid="true" aria-describedby="email-loi"{{/ERR_email}}>{{#ERR_email}}<p class="field-error" id="email-loi">{{ERR_email}}</p>{{/ERR_email}}</div>
  <div class="field"><label for="gio_lam_viec">Giờ làm việc (mỗi dòng một buổi)</label><textarea id="gio_lam_viec" name="gio_lam_viec" rows="3" maxlength="1000"{{#ERR_gio_lam_viec}} aria-invalid="true" aria-describedby="gio_lam_viec-loi"{{/ERR_gio_lam_viec}}>{{V_gio_lam_viec}}</textarea>{{#ERR_gio_lam_viec}}<p class="field-error" id="gio_lam_viec-loi">{{ERR_gio_lam_viec}}</p>{{/ERR_gio_lam_viec}}</div>
  <div class="field"><label for="ban_do">Liên kết bản đồ (https://; để trống: tìm theo địa chỉ)</label><input type="url" id="ban_do" name="ban_do" value="{{V_ban_do}}" maxlength="1000"{{#ERR_ban_do}} aria-invalid="true" aria-describedby="ban_do-loi"{{/ERR_ban_do}}>{{#ERR_ban_do}}<p class="field-error" id="ban_do-loi">{{ERR_ban_do}}</p>{{/ERR_ban_do}}</div>
  </fieldset>
  <fieldset class="fieldset"><legend>Người phát ngôn</legend>
  <div class="field-row">
  <div class="field"><label for="nguoi_phat_ngon">Họ và tên</label><input type="text" id="nguoi_phat_ngon" name="nguoi_phat_ngon" value="{{V_nguoi_phat_ngon}}" maxlength="255"{{#ERR_nguoi_phat_ngon}} aria-invalid="true" aria-describedby="nguoi_phat_ngon-loi"{{/ERR_nguoi_phat_ngon}}>{{#ERR_nguoi_phat_ngon}}<p class="field-error" id="nguoi_phat_ngon-loi">{{ERR_nguoi_phat_ngon}}</p>{{/ERR_nguoi_phat_ngon}}</div>
  <div class="field"><label for="chuc_vu_phat_ngon">Chức vụ</label><input type="text" id="chuc_vu_phat_ngon" name="chuc_vu_phat_ngon" value="{{V_chuc_vu_phat_ngon}}" maxlength="255"{{#ERR_chuc_vu_phat_ngon}} aria-invalid="true" aria-describedby="chuc_vu_phat_ngon-loi"{{/ERR_chuc_vu_phat_ngon}}>{{#ERR_chuc_vu_phat_ngon}}<p class="field-error" id="chuc_vu_phat_ngon-loi">{{ERR_chuc_vu_phat_ngon}}</p>{{/ERR_chuc_vu_phat_ngon}}</div>
  </div>
  <div class="field-row">
  <div class="field"><label for="dien_thoai_phat_ngon">Điện thoại</label><input type="tel" id="dien_thoai_phat_ngon" name="dien_thoai_phat_ngon" value="{{V_dien_thoai_phat_ngon}}" maxlength="64"{{#ERR_dien_thoai_phat_ngon}} aria-invalid="true" aria-describedby="dien_thoai_phat_ngon-loi"{{/ERR_dien_thoai_phat_ngon}}>{{#ERR_dien_thoai_phat_ngon}}<p class="field-error" id="dien_thoai_phat_ngon-loi">{{ERR_dien_thoai_phat_ngon}}</p>{{/ERR_dien_thoai_phat_ngon}}</div>
  <div class="field"><label for="email_phat_ngon">Thư điện tử</label><input type="email" id="email_phat_ngon" name="email_phat_ngon" value="{{V_email_phat_ngon}}" maxlength="255"{{#ERR_email_phat_ngon}} aria-invalid="true" aria-describedby="email_phat_ngon-loi"{{/ERR_email_phat_ngon}}>{{#ERR_email_phat_ngon}}<p class="field-error" id="email_phat_ngon-loi">{{ERR_email_phat_ngon}}</p>{{/ERR_email_phat_ngon}}</div>
  </div>
  </fieldset>
  <p><button type="submit" class="button">Lưu thông tin liên hệ</button></p>
</form>{{/TAB_CONTACT}}
